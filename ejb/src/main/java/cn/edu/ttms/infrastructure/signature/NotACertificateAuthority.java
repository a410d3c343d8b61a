package cn.edu.ttms.infrastructure.signature;

import cn.edu.ttms.domain.model.shared.Invalid;

/**
 * A bureau tried to import, as its signing authority, a PKCS#12 file that cannot play that role: no
 * private key, or a certificate that may not issue certificates. Refused at import, since every
 * signer certificate issued afterwards would otherwise fail verification.
 */
public class NotACertificateAuthority extends Invalid {

    private static final long serialVersionUID = 1L;

    public NotACertificateAuthority(String englishReason) {
        super("error.signing.notACa", "not a certificate authority: " + englishReason);
    }
}
