package cn.edu.ttms.application.plan;

import cn.edu.ttms.application.audit.AuditBatch;
import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.application.teacher.ImportMode;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.Forbidden;
import cn.edu.ttms.domain.model.shared.Invalid;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Import of a bureau's annual plan from its own spreadsheet (the layout of the Chenzhou 2018 plan):
 * a preview that reports every inference and every problem by row and column, then an import into a
 * new plan of the caller's bureau whose projects land as DRAFT — all-or-nothing unless the user
 * chose the readable rows only.
 *
 * <p>Issue 17 item 6: the year is the one the sheet's title states unless the caller gives one, and
 * asked for when neither does; a bureau that already has a plan of that year is warned by the
 * preview and must confirm a second one; a project takes the 项目级别 its row states, the plan's
 * level only when the row states none.
 */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF"})
public class PlanImport {

    @Inject
    ProjectRepository projects;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditBatch auditBatch;

    @Inject
    AuditTrail audit;

    @Inject
    PlanSheets sheets;

    /**
     * Reads the file and changes nothing: its rows, inferences and problems, and, when its title states
     * the year, the caller's bureau's plans of that year, which an import would duplicate.
     */
    public PlanImportReport preview(byte[] file, String fileName) {
        PlanSheetResult sheet = read(file, fileName);
        List<PlanRef> same = sheet.year() == null ? List.of() : samePlans(sheet.year());
        return new PlanImportReport(sheet, sheet.problems(), null, same);
    }

    /**
     * Imports the file into a new plan of the caller's bureau.
     *
     * @param year the plan's year; {@code null} takes the year the sheet's title states, and refuses
     *     (422, naming the missing year) when it states none
     * @param despiteSamePlan {@code false} refuses ({@link SamePlanExists}, 409) when the bureau already has
     *     a plan of that year; {@code true} imports beside it, and the report still names it
     */
    public PlanImportReport importPlan(
            byte[] file, String fileName, Integer year, ImportMode mode, boolean despiteSamePlan) {
        try {
            PlanImportReport report = importInto(file, fileName, year, mode, despiteSamePlan);
            audit.record(
                    AuditAction.IMPORT,
                    "AnnualPlan",
                    report.planId(),
                    caller.get().organisationPath(),
                    fileName + ": " + report.sheet().year() + ", mode " + mode
                            + (report.samePlans().isEmpty()
                                    ? ""
                                    : ", beside plan "
                                            + report.samePlans().get(0).id()));
            return report;
        } catch (DomainException refused) {
            audit.importRefused("AnnualPlan", null, caller.get().organisationPath(), fileName, refused);
            throw refused;
        }
    }

    private PlanImportReport importInto(
            byte[] file, String fileName, Integer givenYear, ImportMode mode, boolean despiteSamePlan) {
        PlanSheetResult read = read(file, fileName);
        Integer year = givenYear != null ? givenYear : read.year();
        if (year == null) {
            throw new Invalid("plan.year.missing", "the sheet states no plan year; give the year");
        }
        if (year < 2000 || year > 2100) {
            throw new Invalid("error.plan.yearRange", "a plan's year lies between 2000 and 2100", String.valueOf(year));
        }
        PlanSheetResult sheet = read.titled(read.title(), year);
        if (sheet.hasProblems() && mode == ImportMode.ALL_OR_NOTHING) {
            throw new PlanImportRefused(new PlanImportReport(sheet, sheet.problems(), null));
        }
        Organisation owner = organisations.find(caller.get().organisationId()).orElseThrow();
        if (!owner.kind().isBureau()) {
            throw new Forbidden("plan.ownerNotBureau", "only a bureau owns a plan", owner.name());
        }
        List<PlanRef> same = samePlans(owner, year);
        if (!same.isEmpty() && !despiteSamePlan) {
            throw new SamePlanExists(same);
        }
        AnnualPlan plan = projects.store(new AnnualPlan(year, owner, null, fileName));
        Map<Integer, TrainingProject> byRow = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>(sheet.problems());
        // thousands of inserts: their audit entries are written in one batch, same transaction
        auditBatch.collect(() -> {
            storeRows(plan, sheet, byRow, problems);
            projects.flush();
        });
        return new PlanImportReport(sheet, problems, plan.id(), same);
    }

    /** The caller's bureau's plans of {@code year}; none when the caller is not in a bureau. */
    private List<PlanRef> samePlans(int year) {
        return organisations
                .find(caller.get().organisationId())
                .filter(o -> o.kind().isBureau())
                .map(o -> samePlans(o, year))
                .orElse(List.of());
    }

    private List<PlanRef> samePlans(Organisation owner, int year) {
        return projects.plansVisibleTo(DataScope.subtree(owner.path())).stream()
                .filter(p -> p.ownerPath().equals(owner.path()) && p.year() == year)
                .map(p -> new PlanRef(p.id(), p.year(), p.name()))
                .toList();
    }

    private void storeRows(
            AnnualPlan plan, PlanSheetResult sheet, Map<Integer, TrainingProject> byRow, List<ImportProblem> problems) {
        for (PlanRow row : sheet.rows()) {
            if (row.isContinuation()) {
                TrainingProject project = byRow.get(row.continuationOf());
                if (project == null) {
                    problems.add(ImportProblem.of(row.row(), "序号", "plan.continuation.ofFailed", row.continuationOf()));
                    continue;
                }
                project.addStage(stage(project.stages().size() + 1, row));
            } else {
                byRow.put(
                        row.row(),
                        projects.store(new TrainingProject(
                                plan,
                                row.sequence(),
                                row.code(),
                                row.name(),
                                row.category(),
                                row.proposingUnit(),
                                row.audience(),
                                row.hosts(),
                                stage(1, row),
                                row.level() == null ? plan.level() : row.level())));
            }
        }
    }

    private static ProjectStage stage(int no, PlanRow row) {
        return new ProjectStage(
                no, row.form(), row.formText(), row.daysOffSite(), row.daysLocal(), row.daysTotal(), row.trainees());
    }

    private PlanSheetResult read(byte[] file, String fileName) {
        return sheets.read(file, fileName);
    }
}
