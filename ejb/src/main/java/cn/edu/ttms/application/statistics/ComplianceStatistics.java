package cn.edu.ttms.application.statistics;

import cn.edu.ttms.application.audit.AuditActor;
import cn.edu.ttms.application.audit.AuditBatch;
import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.audit.TeacherRecordAccess;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.compliance.ComplianceStanding;
import cn.edu.ttms.domain.model.compliance.ComplianceStandingRepository;
import cn.edu.ttms.domain.model.compliance.ComplianceStandingRepository.Grouping;
import cn.edu.ttms.domain.model.compliance.ComplianceStandingRepository.Tally;
import cn.edu.ttms.domain.model.compliance.StandingRow;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.policy.CreditPolicyRepository;
import cn.edu.ttms.domain.model.policy.PolicyResolution;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.shared.Cycle;
import cn.edu.ttms.domain.model.shared.Invalid;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compliance statistics of any unit in the caller's scope (issue 19, items 1 and 5; api.md
 * {@code GET /statistics/compliance}): read from the kept standings ({@link ComplianceStandings}) by
 * GROUP BY over the unit's subtree, never by loading teachers, so that a province's figures come as fast
 * as a school's. The counts are those of the per-teacher compliance. Each view is recorded in the audit
 * trail; a list of teachers is a view of each teacher's data and is recorded for each of them.
 */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN"})
public class ComplianceStatistics {

    static final int MAX_PAGE = 500;

    @Inject
    CurrentCaller caller;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CreditPolicyRepository policies;

    @Inject
    ComplianceStandingRepository standings;

    @Inject
    AuditTrail audit;

    @Inject
    AuditBatch auditBatch;

    @Inject
    Reconciler reconciler;

    @Inject
    TeacherRecordAccess access;

    /** The unit's figures for the cycle starting in {@code cycleStart} (null: the current one), or one year. */
    public ComplianceFigures ofUnit(Long unitId, Integer cycleStart, Integer year) {
        Organisation unit = inScope(unitId);
        Cycle cycle = cycle(unit, cycleStart, year);
        int period = year == null ? ComplianceStanding.WHOLE_CYCLE : year;
        String path = unit.path();
        ComplianceStandingRepository.Summary summary = standings.summary(path, cycle.firstYear(), period);
        Tally total = summary.total();
        Map<String, Tally> byPath = new HashMap<>();
        summary.byChild().forEach(t -> byPath.put(t.key(), t));
        List<ComplianceFigures.Figure> children = new ArrayList<>();
        for (ComplianceStandingRepository.Child c : standings.childrenOf(unit.id())) {
            Tally t = byPath.getOrDefault(c.path(), Tally.empty(c.path()));
            children.add(ComplianceFigures.Figure.of(c.id(), c.name(), t));
        }
        List<ComplianceFigures.Failing> failing = new ArrayList<>();
        for (StandingRow row : StandingRow.values()) {
            if (row != StandingRow.SELF_SELECTED_SHARE || year == null) {
                failing.add(new ComplianceFigures.Failing(row, total.shortIn(row)));
            }
        }
        failing.sort(Comparator.comparingLong(ComplianceFigures.Failing::teachers)
                .reversed()
                .thenComparing(f -> f.row().ordinal()));
        audit.record(
                AuditAction.VIEW,
                "Organisation",
                unit.id(),
                path,
                "compliance statistics " + cycle.firstYear() + (year == null ? "" : " year " + year) + ", "
                        + total.teachers() + " teachers");
        return new ComplianceFigures(
                new ComplianceFigures.Unit(unit.id(), unit.name()),
                cycle.firstYear(),
                cycle.lastYear(),
                year,
                total.teachers(),
                total.compliant(),
                children,
                groups(summary, Grouping.STAGE),
                groups(summary, Grouping.SUBJECT),
                groups(summary, Grouping.DESIGNATION),
                failing,
                trail(unit));
    }

    /**
     * A page of the unit's teachers with their standing, the non-compliant first; each teacher listed gets
     * a VIEW entry, which they read in 谁查看了我的档案.
     */
    public ComplianceTeacherList teachers(Long unitId, Integer cycleStart, Integer year, int first, int size) {
        Organisation unit = inScope(unitId);
        Cycle cycle = cycle(unit, cycleStart, year);
        int period = year == null ? ComplianceStanding.WHOLE_CYCLE : year;
        int max = Math.max(1, Math.min(size, MAX_PAGE));
        List<ComplianceStandingRepository.Listed> listed =
                standings.teachers(unit.path(), cycle.firstYear(), period, first, max);
        List<ComplianceTeacherList.Item> items =
                listed.stream().map(ComplianceStatistics::item).toList();
        long total = standings.total(unit.path(), cycle.firstYear(), period).teachers();
        String detail = "compliance statistics " + cycle.firstYear() + (year == null ? "" : " year " + year) + ": "
                + unit.name();
        Instant at = Instant.now();
        String actor = AuditActor.current();
        Long me = caller.get().teacherId();
        List<AuditBatch.Entry> entries = new ArrayList<>();
        listed.forEach(l -> {
            if (me == null || me != l.teacherId()) {
                entries.add(new AuditBatch.Entry(
                        at,
                        actor,
                        AuditAction.VIEW,
                        "Teacher",
                        String.valueOf(l.teacherId()),
                        l.standing().schoolPath(),
                        null,
                        null,
                        detail));
            }
        });
        if (!entries.isEmpty()) {
            auditBatch.write(entries);
        }
        return new ComplianceTeacherList(unit.id(), unit.name(), cycle.firstYear(), year, items, total);
    }

    /**
     * Every teacher of the unit with their standing, for the spreadsheet: the file discloses each of them,
     * so each gets an EXPORT entry (read in 谁查看了我的档案), as the 达标统计 sheet does.
     */
    public ComplianceTeacherList exportTeachers(Long unitId, Integer cycleStart, Integer year) {
        Organisation unit = inScope(unitId);
        Cycle cycle = cycle(unit, cycleStart, year);
        int period = year == null ? ComplianceStanding.WHOLE_CYCLE : year;
        List<ComplianceTeacherList.Item> items = new ArrayList<>();
        for (int first = 0; ; first += MAX_PAGE) {
            List<ComplianceStandingRepository.Listed> page =
                    standings.teachers(unit.path(), cycle.firstYear(), period, first, MAX_PAGE);
            page.forEach(l -> items.add(item(l)));
            if (page.size() < MAX_PAGE) {
                break;
            }
        }
        access.exported(
                items.stream().map(ComplianceTeacherList.Item::teacherId).toList(),
                TeacherRecordAccess.Export.COMPLIANCE,
                unit.name() + " " + (year == null ? cycle.firstYear() + "–" + cycle.lastYear() : year));
        return new ComplianceTeacherList(unit.id(), unit.name(), cycle.firstYear(), year, items, items.size());
    }

    private static ComplianceTeacherList.Item item(ComplianceStandingRepository.Listed l) {
        return new ComplianceTeacherList.Item(
                l.teacherId(),
                l.name(),
                l.schoolId(),
                l.school(),
                l.standing().compliant(),
                List.copyOf(new java.util.TreeSet<>(l.standing().shortIn())));
    }

    /**
     * Recomputes every teacher's standings (an administrator's: all; a province officer's: the province)
     * and compares them with the stored rows, fixing those that differ.
     */
    @RolesAllowed({"ADMIN", "PROVINCE_OFFICER"})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Reconciler.Outcome reconcile() {
        Caller me = caller.get();
        String path = me.holds(Role.ADMIN) ? null : me.organisationPath();
        Reconciler.Outcome outcome = reconciler.run(path);
        audit.record(
                AuditAction.UPDATE,
                "ComplianceStanding",
                null,
                me.organisationPath(),
                "reconciliation: " + outcome.teachers() + " teachers, " + outcome.differences() + " differences, "
                        + outcome.fixed() + " fixed");
        return outcome;
    }

    /** The cycle of the unit's policy that starts in {@code cycleStart} (null: today's), and the year in it. */
    private Cycle cycle(Organisation unit, Integer cycleStart, Integer year) {
        LocalDate today = LocalDate.now();
        PolicyRules rules = PolicyResolution.resolve(policies.findAll(), unit.path(), today)
                .orElseThrow(() -> new Invalid("error.policy.noneInForce", "no policy in force on " + today, today))
                .rules();
        Cycle cycle = cycleStart == null
                ? rules.cycleContaining(year == null ? today.getYear() : year)
                : rules.cycleStartingIn(cycleStart);
        if (year != null && !cycle.contains(year)) {
            throw new Invalid(
                    "error.compliance.yearOutsideCycle",
                    year + " is not in the cycle " + cycle,
                    year,
                    cycle.firstYear(),
                    cycle.lastYear());
        }
        return cycle;
    }

    /** The unit (null: the caller's own) in the caller's scope; else "not found", as every record out of scope. */
    private Organisation inScope(Long unitId) {
        long id = unitId == null ? caller.get().organisationId() : unitId;
        return organisations.find(id, caller.get().scope()).orElseThrow(() -> new RecordNotFound("Organisation", id));
    }

    private static List<ComplianceFigures.Figure> groups(
            ComplianceStandingRepository.Summary summary, Grouping grouping) {
        return summary.by().get(grouping).stream()
                .map(t -> ComplianceFigures.Figure.of(null, t.key(), t))
                .toList();
    }

    /** From the caller's own unit down to {@code unit}, each in scope. */
    private List<ComplianceFigures.Unit> trail(Organisation unit) {
        String own = caller.get().organisationPath();
        List<ComplianceFigures.Unit> trail = new ArrayList<>();
        StringBuilder prefix = new StringBuilder("/");
        for (String part : unit.path().split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            prefix.append(part).append('/');
            long id = Long.parseLong(part);
            if (own != null && prefix.length() < own.length()) {
                continue; // above the caller's unit
            }
            if (id == unit.id()) {
                trail.add(new ComplianceFigures.Unit(id, unit.name()));
            } else {
                organisations
                        .find(id, caller.get().scope())
                        .ifPresent(o -> trail.add(new ComplianceFigures.Unit(o.id(), o.name())));
            }
        }
        return trail;
    }
}
