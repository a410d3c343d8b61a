package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.infrastructure.audit.AuditedChanges;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/** EclipseLink's one session customizer (persistence.xml): deploying while the database is down, and the audit trail. */
public class SessionSetup implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        ConnectWhenTheDatabaseAnswers.install(session);
        AuditedChanges.install(session);
    }
}
