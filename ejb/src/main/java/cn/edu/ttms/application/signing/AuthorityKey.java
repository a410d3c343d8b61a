package cn.edu.ttms.application.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/** The deployment's authority: its certificate (the verifiers' trust anchor) and the key that issues. */
public record AuthorityKey(X509Certificate certificate, PrivateKey privateKey) {

    public AuthorityKey {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
    }

    /** Never the key: this record may end up in a log line. */
    @Override
    public String toString() {
        return "AuthorityKey[" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
