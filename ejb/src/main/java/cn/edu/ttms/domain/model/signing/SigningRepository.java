package cn.edu.ttms.domain.model.signing;

import java.util.Optional;

/** The certificate authority and the signers' certificates. */
public interface SigningRepository {

    Optional<SigningAuthority> activeAuthority();

    Optional<SigningAuthority> authority(long id);

    SigningAuthority store(SigningAuthority authority);

    /** The account's current (not revoked) certificate. */
    Optional<SignerCertificate> currentOf(long accountId);

    Optional<SignerCertificate> certificate(long id);

    SignerCertificate store(SignerCertificate certificate);
}
