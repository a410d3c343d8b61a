package cn.edu.ttms.infrastructure.signature;

import cn.edu.ttms.application.signing.AuthorityKey;
import cn.edu.ttms.application.signing.CertificateAuthorityPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;

/** {@link CertificateAuthorityPort} by {@link CertificateAuthority} and {@link Certificates}. */
@ApplicationScoped
public class CertificateAuthorityAdapter implements CertificateAuthorityPort {

    @Override
    public AuthorityKey create(String subjectDn, Duration validity) {
        return key(CertificateAuthority.create(subjectDn, validity));
    }

    @Override
    public AuthorityKey fromPkcs12(InputStream pkcs12, char[] password) {
        return key(CertificateAuthority.fromPkcs12(pkcs12, password));
    }

    @Override
    public X509Certificate issue(
            AuthorityKey authority, PublicKey key, String subjectDn, BigInteger serial, Duration validity) {
        return new CertificateAuthority(authority.certificate(), authority.privateKey())
                .issue(key, subjectDn, serial, validity);
    }

    @Override
    public byte[] der(X509Certificate certificate) {
        return Certificates.der(certificate);
    }

    @Override
    public X509Certificate certificate(byte[] der) {
        return Certificates.certificate(der);
    }

    @Override
    public String pem(X509Certificate certificate) {
        return Certificates.pem(certificate);
    }

    @Override
    public byte[] crl(
            AuthorityKey authority,
            java.util.Map<BigInteger, java.time.Instant> revoked,
            BigInteger number,
            java.time.Instant thisUpdate,
            java.time.Instant nextUpdate) {
        return new CertificateAuthority(authority.certificate(), authority.privateKey())
                .crl(revoked, number, thisUpdate, nextUpdate);
    }

    @Override
    public byte[] signRaw(AuthorityKey authority, byte[] message) {
        return new CertificateAuthority(authority.certificate(), authority.privateKey()).signRaw(message);
    }

    private static AuthorityKey key(CertificateAuthority ca) {
        return new AuthorityKey(ca.certificate(), ca.privateKey());
    }
}
