package cn.edu.ttms.application.statistics;

import cn.edu.ttms.domain.model.compliance.ComplianceStanding;
import cn.edu.ttms.domain.model.compliance.ComplianceStandingRepository;
import cn.edu.ttms.domain.model.compliance.ResultRecord;
import cn.edu.ttms.domain.model.compliance.Standings;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import cn.edu.ttms.domain.model.policy.CreditPolicyRepository;
import cn.edu.ttms.domain.model.policy.PolicyResolution;
import cn.edu.ttms.domain.model.result.ResultRepository;
import cn.edu.ttms.domain.model.result.ResultRepository.ResultWithBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the compliance standings of teachers current (issue 19, item 5), in the caller's transaction:
 * whatever changes what a teacher's compliance counts calls {@link #refresh} with the teachers concerned —
 * a batch recognised or returned, a result voided, a teacher registered, imported, corrected or moved —
 * and a published policy version calls {@link #policyPublished}, which refreshes the teachers under its
 * jurisdiction after the commit, in chunks ({@link PolicyRefresh}). One teacher costs a read of their
 * results and a delete and insert of their dozen rows.
 */
@ApplicationScoped
public class ComplianceStandings {

    /** The years a teacher's results are read for: all of them. */
    private static final int FIRST_YEAR = 1900;

    private static final int LAST_YEAR = 9999;

    @Inject
    ResultRepository results;

    @Inject
    CreditPolicyRepository policies;

    @Inject
    ComplianceStandingRepository standings;

    @Inject
    Event<PolicyPublished> published;

    /** A policy version was stored for the unit at {@code jurisdictionPath} (null: the fallback, everyone). */
    public record PolicyPublished(String jurisdictionPath) {}

    /** Recomputes and stores the standings of these teachers now, in the caller's transaction. */
    public void refresh(Collection<Long> teacherIds) {
        Set<Long> ids = new LinkedHashSet<>(teacherIds);
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, List<ComplianceStanding>> fresh = compute(ids);
        List<ComplianceStanding> all = new ArrayList<>();
        fresh.values().forEach(all::addAll);
        standings.replace(ids, all, Instant.now());
    }

    /** As {@link #refresh(Collection)} for one teacher. */
    public void refresh(long teacherId) {
        refresh(List.of(teacherId));
    }

    /** The standings these teachers have now, by teacher (a teacher gone, or under no policy, has none). */
    public Map<Long, List<ComplianceStanding>> compute(Collection<Long> teacherIds) {
        return compute(teacherIds, false);
    }

    /**
     * As {@link #compute(Collection)}, in a transaction that has changed nothing (a reconciliation's chunk): the
     * results are read without the persistence context keeping them ({@link ResultRepository#ofTeachersReadOnly}).
     */
    public Map<Long, List<ComplianceStanding>> computeUnchanged(Collection<Long> teacherIds) {
        return compute(teacherIds, true);
    }

    private Map<Long, List<ComplianceStanding>> compute(Collection<Long> teacherIds, boolean readOnly) {
        LocalDate today = LocalDate.now();
        Map<Long, Standings.Holder> holders = standings.holders(teacherIds);
        Map<Long, List<ResultWithBatch>> resultsOf = new HashMap<>();
        for (ResultWithBatch r : readOnly
                ? results.ofTeachersReadOnly(holders.keySet(), FIRST_YEAR, LAST_YEAR)
                : results.ofTeachers(holders.keySet(), FIRST_YEAR, LAST_YEAR)) {
            resultsOf
                    .computeIfAbsent(r.result().teacherId(), t -> new ArrayList<>())
                    .add(r);
        }
        List<CreditPolicy> versions = policies.findAll();
        Map<Long, List<ComplianceStanding>> out = new HashMap<>();
        for (Standings.Holder h : holders.values()) {
            Optional<CreditPolicy> policy = PolicyResolution.resolve(versions, h.schoolPath(), today);
            if (policy.isEmpty()) {
                continue;
            }
            List<ResultRecord> records = ResultWithBatch.records(resultsOf.getOrDefault(h.teacherId(), List.of()));
            out.put(
                    h.teacherId(),
                    new Standings(
                                    policy.get().rules(),
                                    policy.get().id(),
                                    policy.get().versionNo())
                            .of(h, records, today.getYear()));
        }
        return out;
    }

    /** Refreshes the teachers under the jurisdiction once the caller's transaction has committed. */
    public void policyPublished(String jurisdictionPath) {
        published.fire(new PolicyPublished(jurisdictionPath));
    }
}
