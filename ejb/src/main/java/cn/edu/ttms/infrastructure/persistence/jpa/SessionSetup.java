package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.infrastructure.audit.AuditedChanges;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/** EclipseLink's one session customizer (persistence.xml): waiting for the database, and the audit trail. */
public class SessionSetup implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        AwaitDatabaseAtLogin.install(session);
        AuditedChanges.install(session);
    }
}
