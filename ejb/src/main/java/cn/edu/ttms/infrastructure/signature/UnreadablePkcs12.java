package cn.edu.ttms.infrastructure.signature;

import cn.edu.ttms.domain.model.shared.Invalid;

/**
 * The uploaded PKCS#12 file cannot be opened: the password is wrong or the file is not PKCS#12. Both
 * are mistakes of the person importing, which they should be told plainly.
 */
public class UnreadablePkcs12 extends Invalid {

    private static final long serialVersionUID = 1L;

    public UnreadablePkcs12(Throwable cause) {
        super(
                "error.signing.unreadablePkcs12",
                "the PKCS#12 file cannot be opened: wrong password or not a PKCS#12 file");
        initCause(cause);
    }
}
