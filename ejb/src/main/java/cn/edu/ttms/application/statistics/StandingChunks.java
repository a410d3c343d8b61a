package cn.edu.ttms.application.statistics;

import cn.edu.ttms.domain.model.compliance.ComplianceStanding;
import cn.edu.ttms.domain.model.compliance.ComplianceStandingRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One chunk of a reconciliation, in its own transaction: the next teachers by id, their standings
 * recomputed from scratch and compared with the stored ones, and the teachers whose rows differ rewritten.
 * Not a use case of its own: {@link Reconciler} calls it (for the REST call, the nightly run, the first
 * build and a published policy), never a page.
 */
@Stateless
@PermitAll
public class StandingChunks {

    @Inject
    ComplianceStandings compliance;

    @Inject
    ComplianceStandingRepository standings;

    /** What one chunk found; {@code lastId} is where the next one starts (−1 when there were none). */
    public record Chunk(long lastId, int teachers, int differences, int fixed) {}

    /** The next {@code size} teachers by id after {@code afterId} (under {@code path}, null: all). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> next(long afterId, int size, String path) {
        return standings.teacherIdsAfter(afterId, size, path);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Chunk reconcile(long afterId, int size, String path) {
        List<Long> ids = standings.teacherIdsAfter(afterId, size, path);
        if (ids.isEmpty()) {
            return new Chunk(-1, 0, 0, 0);
        }
        return reconcileIds(ids);
    }

    /** These teachers (in id order) recomputed, compared and, where they differ, rewritten. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Chunk reconcile(List<Long> ids) {
        if (ids.isEmpty()) {
            return new Chunk(-1, 0, 0, 0);
        }
        return reconcileIds(ids);
    }

    private Chunk reconcileIds(List<Long> ids) {
        Map<Long, List<ComplianceStanding>> fresh = compliance.computeUnchanged(ids); // its own transaction
        Map<Long, List<ComplianceStanding>> stored = standings.of(ids);
        int differences = 0;
        List<Long> changed = new ArrayList<>();
        List<Long> withRows = new ArrayList<>();
        List<ComplianceStanding> rewrite = new ArrayList<>();
        for (long id : ids) {
            List<ComplianceStanding> before = stored.getOrDefault(id, List.of());
            int d = differences(fresh.getOrDefault(id, List.of()), before);
            if (d > 0) {
                differences += d;
                changed.add(id);
                if (!before.isEmpty()) {
                    withRows.add(id);
                }
                rewrite.addAll(fresh.getOrDefault(id, List.of()));
            }
        }
        if (!changed.isEmpty()) {
            // rows are deleted only for teachers who have some: a DELETE that finds nothing still locks the gap it
            // looked in, and two workers filling an empty table then deadlocked on each other's inserts (279 times
            // in the first build of 500,000 teachers, until one chunk gave up)
            standings.replace(withRows, rewrite, Instant.now());
        }
        return new Chunk(ids.get(ids.size() - 1), ids.size(), differences, changed.isEmpty() ? 0 : differences);
    }

    /** Removes the standings of teachers that are gone; how many teachers' rows were removed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int removeOrphans(int max) {
        List<Long> gone = standings.orphans(max);
        if (!gone.isEmpty()) {
            standings.replace(gone, List.of(), Instant.now());
        }
        return gone.size();
    }

    /** Rows present on one side only, or different: each counts once. */
    static int differences(List<ComplianceStanding> fresh, List<ComplianceStanding> stored) {
        Set<ComplianceStanding> a = new HashSet<>(fresh);
        Set<ComplianceStanding> b = new HashSet<>(stored);
        Set<String> keysA = new HashSet<>();
        fresh.forEach(s -> keysA.add(s.cycleStart() + "/" + s.period()));
        int d = 0;
        for (ComplianceStanding s : fresh) {
            if (!b.contains(s)) {
                d++; // missing or different
            }
        }
        for (ComplianceStanding s : stored) {
            if (!a.contains(s) && !keysA.contains(s.cycleStart() + "/" + s.period())) {
                d++; // a row that should not be there
            }
        }
        return d;
    }
}
