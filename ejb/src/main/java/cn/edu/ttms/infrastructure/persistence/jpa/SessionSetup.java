package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.infrastructure.audit.AuditedChanges;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink's one session customizer (persistence.xml): deploying while the database is down, the audit trail, and
 * the marks of what the kept training sums must recount.
 */
public class SessionSetup implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        ConnectWhenTheDatabaseAnswers.install(session);
        AuditedChanges.install(session);
        TrainingTallyMarks.install(session);
    }
}
