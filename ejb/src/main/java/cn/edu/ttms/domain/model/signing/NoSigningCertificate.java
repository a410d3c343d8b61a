package cn.edu.ttms.domain.model.signing;

import cn.edu.ttms.domain.model.shared.Invalid;

/** The signer has no usable certificate yet: they must set a signing PIN first. */
public class NoSigningCertificate extends Invalid {

    private static final long serialVersionUID = 1L;

    public NoSigningCertificate() {
        super("error.signing.noCertificate", "set up a signing PIN (and certificate) before signing");
    }
}
