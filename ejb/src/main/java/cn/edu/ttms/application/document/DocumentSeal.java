package cn.edu.ttms.application.document;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * The issuing unit's document-signing key: a certificate of the deployment's authority held by the
 * unit, not by a person, so that issuing a transcript needs nobody's PIN.
 *
 * @param chain the certificate first, then its issuers up to the authority's root
 */
public record DocumentSeal(PrivateKey key, List<X509Certificate> chain) {

    public DocumentSeal {
        Objects.requireNonNull(key, "key");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a seal needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** Never the key: this record may end up in a log line. */
    @Override
    public String toString() {
        return "DocumentSeal[" + certificate().getSubjectX500Principal().getName() + "]";
    }
}
