package cn.edu.ttms.application.plan;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Annual plans and their totals by category and by level (projects, trainee places, days). */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER"})
public class PlanOverview {

    @Inject
    ProjectRepository projects;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    PlanSheets sheets;

    public List<PlanSummary> plans() {
        Caller me = caller.get();
        if (me.scope().kind() != DataScope.Kind.SUBTREE) {
            return List.of();
        }
        return projects.plansVisibleTo(me.scope()).stream()
                .map(p -> summary(
                        p,
                        projects.projectsOf(p).stream()
                                .filter(t -> t.visibleTo(me.organisationPath()))
                                .toList()))
                .toList();
    }

    public PlanDetails details(long planId) {
        Caller me = caller.get();
        AnnualPlan plan = visiblePlan(planId, me);
        List<TrainingProject> visible = projects.projectsOf(plan).stream()
                .filter(t -> t.visibleTo(me.organisationPath()))
                .toList();
        List<PlanDetails.ProjectLine> lines = new ArrayList<>();
        for (TrainingProject t : visible) {
            lines.add(new PlanDetails.ProjectLine(
                    t.id(),
                    t.sequenceNo(),
                    t.code(),
                    t.name(),
                    t.category(),
                    t.level().name(),
                    t.status().name(),
                    t.places(),
                    days(t),
                    t.hosts()));
        }
        return new PlanDetails(
                summary(plan, visible),
                totals(visible, TrainingProject::category),
                totals(visible, t -> t.level().name()),
                lines);
    }

    /**
     * The plan as its own table (the Chenzhou 2018 layout), for printing: the projects the caller may
     * see, by sequence number (unnumbered last), one line per stage.
     */
    public PlanTable table(long planId) {
        Caller me = caller.get();
        return table(visiblePlan(planId, me), me);
    }

    /**
     * The plan's table as .xlsx (or CSV) in the Chenzhou 2018 layout, which {@link PlanImport} reads back
     * as the same projects; the export is recorded in the audit trail.
     *
     * @return the plan's summary, for naming the file
     */
    public PlanSummary export(long planId, ExportFormat format, OutputStream out) {
        Caller me = caller.get();
        AnnualPlan plan = visiblePlan(planId, me);
        PlanTable table = table(plan, me);
        try {
            sheets.write(table.summary().name(), table.lines(), format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(
                AuditAction.EXPORT,
                "AnnualPlan",
                planId,
                plan.ownerPath(),
                format.extension() + ", " + table.summary().projects() + " projects");
        return table.summary();
    }

    /** A plan of the caller's subtree or of a bureau above it; else not found, as if it did not exist. */
    private AnnualPlan visiblePlan(long planId, Caller me) {
        return projects.findPlan(planId)
                .filter(p -> me.scope().kind() == DataScope.Kind.SUBTREE
                        && (p.ownerPath().startsWith(me.organisationPath())
                                || me.organisationPath().startsWith(p.ownerPath())))
                .orElseThrow(() -> new RecordNotFound("AnnualPlan", planId));
    }

    private PlanTable table(AnnualPlan plan, Caller me) {
        List<TrainingProject> visible = projects.projectsOf(plan).stream()
                .filter(t -> t.visibleTo(me.organisationPath()))
                .sorted(Comparator.comparing(
                                TrainingProject::sequenceNo, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(TrainingProject::id))
                .toList();
        List<PlanLine> lines = new ArrayList<>();
        visible.forEach(t -> lines.addAll(PlanLine.of(t)));
        return new PlanTable(summary(plan, visible), lines);
    }

    private static PlanSummary summary(AnnualPlan p, List<TrainingProject> visible) {
        return new PlanSummary(
                p.id(),
                p.year(),
                p.name(),
                p.owner().name(),
                p.level().name(),
                visible.size(),
                visible.stream().mapToInt(TrainingProject::places).sum(),
                visible.stream().map(PlanOverview::days).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static List<PlanDetails.Total> totals(
            List<TrainingProject> visible, java.util.function.Function<TrainingProject, String> key) {
        Map<String, PlanDetails.Total> byKey = new LinkedHashMap<>();
        for (TrainingProject t : visible) {
            String k = Objects.requireNonNullElse(key.apply(t), "—");
            PlanDetails.Total sum = byKey.getOrDefault(k, new PlanDetails.Total(k, 0, 0, BigDecimal.ZERO));
            byKey.put(
                    k,
                    new PlanDetails.Total(
                            k,
                            sum.projects() + 1,
                            sum.places() + t.places(),
                            sum.days().add(days(t))));
        }
        return List.copyOf(byKey.values());
    }

    /** Days of a project: the sum of its stages' totals (a stage without a known total counts its parts). */
    static BigDecimal days(TrainingProject t) {
        BigDecimal days = BigDecimal.ZERO;
        for (ProjectStage s : t.stages()) {
            BigDecimal d = s.daysTotal() != null
                    ? s.daysTotal()
                    : Objects.requireNonNullElse(s.daysOffsite(), BigDecimal.ZERO)
                            .add(Objects.requireNonNullElse(s.daysLocal(), BigDecimal.ZERO));
            days = days.add(d);
        }
        return days;
    }
}
