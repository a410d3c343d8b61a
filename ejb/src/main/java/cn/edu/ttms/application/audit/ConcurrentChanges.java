package cn.edu.ttms.application.audit;

import cn.edu.ttms.domain.model.audit.AuditRepository;
import cn.edu.ttms.domain.model.shared.ConcurrentChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Explains a lost update from the audit trail: who saved the record last, when, and what they
 * changed — so the second editor sees the other's change instead of a bare "conflict".
 */
@ApplicationScoped
public class ConcurrentChanges {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    @Inject
    AuditRepository audit;

    public ConcurrentChange describe(String entityType, long id) {
        Optional<AuditRepository.LastUpdate> found = audit.lastUpdate(entityType, String.valueOf(id));
        if (found.isEmpty()) {
            return new ConcurrentChange("?", "?", "?");
        }
        AuditRepository.LastUpdate last = found.get();
        String when = last.at() == null ? "?" : TIME.format(last.at());
        return new ConcurrentChange(String.valueOf(last.actor()), when, String.valueOf(last.after()));
    }
}
