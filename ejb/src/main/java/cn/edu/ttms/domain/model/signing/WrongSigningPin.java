package cn.edu.ttms.domain.model.signing;

import cn.edu.ttms.domain.model.shared.Invalid;

/**
 * The PIN does not unlock the key. A signer mistyping a PIN is an everyday event to be told in their
 * own language, not a technical fault, hence a domain exception.
 */
public class WrongSigningPin extends Invalid {

    private static final long serialVersionUID = 1L;

    public WrongSigningPin() {
        super("error.signing.wrongPin", "the signing PIN is wrong");
    }
}
