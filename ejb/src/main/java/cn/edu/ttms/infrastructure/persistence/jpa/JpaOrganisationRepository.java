package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> find(long id, DataScope scope) {
        return find(id).filter(o -> ScopePredicates.admits(scope, o.path(), null));
    }

    @Override
    public Optional<Organisation> findByName(String name) {
        return em.createNamedQuery("Organisation.findByName", Organisation.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Organisation> findOfKind(OrganisationKind kind) {
        return em.createQuery(
                        "SELECT o FROM Organisation o WHERE o.kind = :kind AND o.closedAt IS NULL ORDER BY o.path",
                        Organisation.class)
                .setParameter("kind", kind)
                .getResultList();
    }

    @Override
    public List<Organisation> findSubtree(Organisation top) {
        ScopePredicates.Clause in = ScopePredicates.jpql(DataScope.subtree(top.path()), "o.path", null);
        return in.bind(em.createQuery(
                        "SELECT o FROM Organisation o WHERE " + in.text() + " ORDER BY o.path", Organisation.class))
                .getResultList();
    }

    @Override
    public Organisation store(Organisation organisation) {
        if (organisation.id() == null) {
            em.persist(organisation); // the table generator assigns the id here ...
            if (organisation.id() == null) {
                em.flush();
            }
            organisation.assignPath(); // ... so the path goes into the same INSERT
        }
        return organisation;
    }

    @Override
    public List<Organisation> findRoots() {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.parent IS NULL ORDER BY o.id", Organisation.class)
                .getResultList();
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix, int depthChange) {
        em.flush(); // the moved unit itself first, through the entity (and so the audit trail)
        DataScope moved = DataScope.subtree(oldPrefix);
        ScopePredicates.Clause units = ScopePredicates.sql(moved, "path");
        em.createNativeQuery("UPDATE organisation SET path = CONCAT(?, SUBSTRING(path, ?)), depth = depth + ?"
                        + " WHERE " + units.text() + " AND path <> ?")
                .setParameter(1, newPrefix)
                .setParameter(2, oldPrefix.length() + 1)
                .setParameter(3, depthChange)
                .setParameter(4, units.value())
                .setParameter(5, newPrefix)
                .executeUpdate();
        ScopePredicates.Clause teachers = ScopePredicates.sql(moved, "school_path");
        em.createNativeQuery("UPDATE teacher SET school_path = CONCAT(?, SUBSTRING(school_path, ?)) WHERE "
                        + teachers.text())
                .setParameter(1, newPrefix)
                .setParameter(2, oldPrefix.length() + 1)
                .setParameter(3, teachers.value())
                .executeUpdate();
        // the compliance standings (V25) and the teachers trained (V30) are kept by the school's path: they move
        // with their schools
        for (String table : List.of("compliance_standing", "training_trained")) {
            em.createNativeQuery("UPDATE " + table + " SET school_path = CONCAT(?, SUBSTRING(school_path, ?)) WHERE "
                            + teachers.text())
                    .setParameter(1, newPrefix)
                    .setParameter(2, oldPrefix.length() + 1)
                    .setParameter(3, teachers.value())
                    .executeUpdate();
        }
    }

    @Override
    public long count() {
        return em.createNamedQuery("Organisation.count", Long.class).getSingleResult();
    }

    @Override
    public Set<String> codesAmong(Collection<String> codes) {
        Set<String> taken = new HashSet<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += 1000) { // IN lists of a sane length
            taken.addAll(em.createQuery("SELECT o.code FROM Organisation o WHERE o.code IN :codes", String.class)
                    .setParameter("codes", all.subList(from, Math.min(all.size(), from + 1000)))
                    .getResultList());
        }
        return taken;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
