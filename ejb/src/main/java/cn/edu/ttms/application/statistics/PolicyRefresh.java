package cn.edu.ttms.application.statistics;

import cn.edu.ttms.application.audit.AuditActor;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * A published policy version changes the standings of every teacher under its jurisdiction (issue 19,
 * item 5): once the version is committed, they are reconciled in the background, {@value Reconciler#CHUNK}
 * teachers per transaction, so that a province's half a million teachers never sit in one transaction
 * and the administrator's save returns at once. Until it ends, the statistics show the old figures.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PolicyRefresh {

    @Inject
    Reconciler reconciler;

    @Inject
    PolicyRefresh self;

    public void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplianceStandings.PolicyPublished p) {
        self.refreshUnder(p.jurisdictionPath());
    }

    @Asynchronous
    public void refreshUnder(String path) {
        AuditActor.as("compliance-standings", () -> reconciler.run(path));
    }
}
