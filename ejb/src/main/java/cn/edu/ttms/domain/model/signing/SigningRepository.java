package cn.edu.ttms.domain.model.signing;

import java.util.List;
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

    /** The unit's seal in use, if it has one. */
    Optional<UnitSeal> sealOf(long organisationId);

    Optional<UnitSeal> seal(long id);

    UnitSeal store(UnitSeal seal);

    /** Writes pending changes now (a retired seal frees the unit's unique key before the next is stored). */
    void flush();

    /** Every revoked certificate the authority issued, signers' and seals', for its revocation list. */
    List<Revoked> revokedUnder(long authorityId);

    /** A revoked certificate: its serial number (hexadecimal) and when it was revoked. */
    record Revoked(String serial, java.time.Instant at) {}
}
