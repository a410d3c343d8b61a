package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.signing.SignerCertificate;
import cn.edu.ttms.domain.model.signing.SigningAuthority;
import cn.edu.ttms.domain.model.signing.SigningRepository;
import cn.edu.ttms.domain.model.signing.UnitSeal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The certificate authority and signer certificates through JPA. */
@ApplicationScoped
public class JpaSigningRepository implements SigningRepository {

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public Optional<SigningAuthority> activeAuthority() {
        return em.createQuery(
                        "SELECT a FROM SigningAuthority a WHERE a.active = TRUE ORDER BY a.id DESC",
                        SigningAuthority.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<SigningAuthority> authority(long id) {
        return Optional.ofNullable(em.find(SigningAuthority.class, id));
    }

    @Override
    public SigningAuthority store(SigningAuthority authority) {
        if (authority.id() == null) {
            em.persist(authority);
            em.flush();
        }
        return authority;
    }

    @Override
    public Optional<SignerCertificate> currentOf(long accountId) {
        return em.createQuery(
                        "SELECT c FROM SignerCertificate c WHERE c.accountId = :a AND c.revoked = FALSE"
                                + " ORDER BY c.id DESC",
                        SignerCertificate.class)
                .setParameter("a", accountId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<SignerCertificate> certificate(long id) {
        return Optional.ofNullable(em.find(SignerCertificate.class, id));
    }

    @Override
    public SignerCertificate store(SignerCertificate certificate) {
        if (certificate.id() == null) {
            em.persist(certificate);
            em.flush();
        }
        return certificate;
    }

    @Override
    public Optional<UnitSeal> sealOf(long organisationId) {
        return em.createQuery("SELECT s FROM UnitSeal s WHERE s.activeUnit = :u", UnitSeal.class)
                .setParameter("u", organisationId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<UnitSeal> seal(long id) {
        return Optional.ofNullable(em.find(UnitSeal.class, id));
    }

    @Override
    public UnitSeal store(UnitSeal seal) {
        if (seal.id() == null) {
            em.persist(seal);
            em.flush();
        }
        return seal;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Revoked> revokedUnder(long authorityId) {
        List<Revoked> out = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "SELECT c.serial, c.revokedAt, c.createdAt FROM SignerCertificate c"
                                + " WHERE c.authorityId = :a AND c.revoked = TRUE",
                        Object[].class)
                .setParameter("a", authorityId)
                .getResultList()) {
            out.add(new Revoked((String) row[0], row[1] != null ? (Instant) row[1] : (Instant) row[2]));
        }
        for (Object[] row : em.createQuery(
                        "SELECT s.serial, s.revokedAt FROM UnitSeal s WHERE s.authorityId = :a AND s.revokedAt IS NOT NULL",
                        Object[].class)
                .setParameter("a", authorityId)
                .getResultList()) {
            out.add(new Revoked((String) row[0], (Instant) row[1]));
        }
        return out;
    }
}
