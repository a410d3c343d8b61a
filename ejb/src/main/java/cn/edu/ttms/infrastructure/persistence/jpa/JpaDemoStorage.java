package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.application.demo.DemoStorage;
import cn.edu.ttms.infrastructure.setting.SystemSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The demo data's markers and flushes through JPA, in the caller's transaction. */
@ApplicationScoped
public class JpaDemoStorage implements DemoStorage {

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public boolean isMarked(String name) {
        return em.find(SystemSetting.class, name) != null;
    }

    @Override
    public void mark(String name) {
        em.persist(new SystemSetting(name, "loaded", Instant.now()));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void refresh(List<?> entities) {
        entities.forEach(em::refresh);
    }
}
