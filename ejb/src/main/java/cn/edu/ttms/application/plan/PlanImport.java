package cn.edu.ttms.application.plan;

import cn.edu.ttms.application.audit.AuditBatch;
import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.application.teacher.ImportMode;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.Forbidden;
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

    public PlanImportReport preview(byte[] file, String fileName) {
        PlanSheetResult sheet = read(file, fileName);
        return new PlanImportReport(sheet, sheet.problems(), null);
    }

    public PlanImportReport importPlan(byte[] file, String fileName, int year, ImportMode mode) {
        try {
            PlanImportReport report = importInto(file, fileName, year, mode);
            audit.record(
                    AuditAction.IMPORT,
                    "AnnualPlan",
                    report.planId(),
                    caller.get().organisationPath(),
                    fileName + ": " + year + ", mode " + mode);
            return report;
        } catch (DomainException refused) {
            audit.importRefused("AnnualPlan", null, caller.get().organisationPath(), fileName, refused);
            throw refused;
        }
    }

    private PlanImportReport importInto(byte[] file, String fileName, int year, ImportMode mode) {
        PlanSheetResult sheet = read(file, fileName);
        if (sheet.hasProblems() && mode == ImportMode.ALL_OR_NOTHING) {
            throw new PlanImportRefused(new PlanImportReport(sheet, sheet.problems(), null));
        }
        Organisation owner = organisations.find(caller.get().organisationId()).orElseThrow();
        if (!owner.kind().isBureau()) {
            throw new Forbidden("plan.ownerNotBureau", "only a bureau owns a plan", owner.name());
        }
        AnnualPlan plan = projects.store(new AnnualPlan(year, owner, null, fileName));
        Map<Integer, TrainingProject> byRow = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>(sheet.problems());
        // thousands of inserts: their audit entries are written in one batch, same transaction
        auditBatch.collect(() -> {
            storeRows(plan, sheet, byRow, problems);
            projects.flush();
        });
        return new PlanImportReport(sheet, problems, plan.id());
    }

    private void storeRows(
            AnnualPlan plan, PlanSheetResult sheet, Map<Integer, TrainingProject> byRow, List<ImportProblem> problems) {
        for (PlanRow row : sheet.rows()) {
            if (row.isContinuation()) {
                TrainingProject project = byRow.get(row.continuationOf());
                if (project == null) {
                    problems.add(ImportProblem.of(row.row(), "序号", "plan.continuation.orphan", row.continuationOf()));
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
                                stage(1, row))));
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
