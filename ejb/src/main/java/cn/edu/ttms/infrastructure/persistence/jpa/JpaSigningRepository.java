package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.signing.SignerCertificate;
import cn.edu.ttms.domain.model.signing.SigningAuthority;
import cn.edu.ttms.domain.model.signing.SigningRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}
