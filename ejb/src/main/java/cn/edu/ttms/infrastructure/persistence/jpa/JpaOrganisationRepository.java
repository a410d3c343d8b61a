package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> findByName(String name) {
        return em.createNamedQuery("Organisation.findByName", Organisation.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public List<Organisation> findSubtree(Organisation top) {
        return em.createNamedQuery("Organisation.findSubtree", Organisation.class)
                .setParameter("prefix", top.path() + "%").getResultList();
    }

    @Override
    public Organisation store(Organisation organisation) {
        if (organisation.id() == null) {
            em.persist(organisation);
            em.flush(); // assigns the id, which the materialised path is made of
            organisation.assignPath();
        }
        return organisation;
    }

    @Override
    public long count() {
        return em.createNamedQuery("Organisation.count", Long.class).getSingleResult();
    }
}
