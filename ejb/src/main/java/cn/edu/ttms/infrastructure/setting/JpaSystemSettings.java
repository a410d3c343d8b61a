package cn.edu.ttms.infrastructure.setting;

import cn.edu.ttms.application.setting.SystemSettings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Reads and creates {@link SystemSetting}s: values the installation keeps about itself, shared by every node. */
@Stateless
public class JpaSystemSettings implements SystemSettings {

    @PersistenceContext(unitName = "ttms")
    EntityManager em;

    /** The setting as committed now: read in a transaction of its own, so that a caller's older snapshot cannot hide it. */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> read(String name) {
        return Optional.ofNullable(em.find(SystemSetting.class, name)).map(SystemSetting::value);
    }

    /**
     * Stores a setting that does not exist yet, in a transaction of its own, so that it is committed
     * (and seen by every node) whatever becomes of the caller's. When another node stored the same
     * name first, this one fails on the key: read it again.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(String name, String value) {
        em.persist(new SystemSetting(name, value, Instant.now()));
        em.flush();
    }
}
