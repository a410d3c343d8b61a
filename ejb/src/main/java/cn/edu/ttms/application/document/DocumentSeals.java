package cn.edu.ttms.application.document;

import cn.edu.ttms.application.signing.CertificateAuthorityPort;
import cn.edu.ttms.application.signing.SigningAuthorities;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.signing.SigningRepository;
import cn.edu.ttms.domain.model.signing.UnitSeal;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The seal each issuing unit signs its documents with, issued on first use. The unlocked key is kept in
 * memory per seal (as the authority's key is): unlocking it for every document would cost more than the
 * document itself.
 */
@ApplicationScoped
public class DocumentSeals {

    private static final Logger LOG = Logger.getLogger(DocumentSeals.class.getName());

    @Inject
    SigningRepository signing;

    @Inject
    SigningAuthorities authorities;

    @Inject
    CertificateAuthorityPort pki;

    @Inject
    SealCreation creation;

    private final Map<Long, DocumentSeal> unlocked = new ConcurrentHashMap<>();

    /** A unit's seal in use with its id, issued now if the unit has none or its own has expired. */
    public Sealed of(Organisation unit, Function<Organisation, String> subjectName) {
        UnitSeal seal = signing.sealOf(unit.id())
                .filter(s -> s.usableAt(Instant.now().plusSeconds(60)))
                .orElse(null);
        if (seal == null) {
            try {
                seal = creation.create(unit, subjectName.apply(unit));
            } catch (EJBException e) {
                // another request issued it first (the unique key on the unit's active seal): use that one. Its
                // own transaction (REQUIRES_NEW) failing reaches here as the container's EJBException
                LOG.log(Level.FINE, "seal of unit " + unit.id() + " issued concurrently", e);
                seal = creation.committed(unit.id());
            }
        }
        UnitSeal found = seal;
        DocumentSeal key = unlocked.computeIfAbsent(
                found.id(),
                id -> new DocumentSeal(
                        authorities.unlock(found.encryptedKey()),
                        List.of(pki.certificate(found.certificate()), authorities.certificateOf(found.authorityId()))));
        return new Sealed(found.id(), key);
    }

    /** A seal's id (stored with every document it signed) and its key. */
    public record Sealed(long id, DocumentSeal seal) {}
}
