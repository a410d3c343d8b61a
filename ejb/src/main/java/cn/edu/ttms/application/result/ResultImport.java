package cn.edu.ttms.application.result;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.result.ResultBatch;
import cn.edu.ttms.domain.model.result.ResultRepository;
import cn.edu.ttms.domain.model.result.ResultRules;
import cn.edu.ttms.domain.model.result.TrainingResult;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.Violation;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The results grid uploaded as a spreadsheet (xlsx, xls, CSV in UTF-8 or GBK; workflow.md §3): rows
 * matched to the class by identity number, checked exactly as the grid is, every problem reported by
 * row and column. All or nothing by default; with {@code validRowsOnly} the sound rows are saved and
 * the others reported. A dry run saves nothing.
 */
@Stateless
@RolesAllowed({"ADMIN", "BUREAU_STAFF", "SCHOOL_ADMIN", "PROJECT_LEAD", "INSTITUTION_STAFF"})
public class ResultImport {

    @Inject
    CurrentCaller caller;

    @Inject
    BatchAccess access;

    @Inject
    ResultRepository results;

    @Inject
    TeacherRepository teachers;

    @Inject
    ResultPolicies policies;

    @Inject
    AuditTrail audit;

    @Inject
    ResultSheets sheets;

    /**
     * @throws ResultImportRefused when a row has a problem and neither a dry run nor valid rows only was asked
     */
    public ResultImportReport importSheet(
            long batchId, byte[] file, String fileName, boolean dryRun, boolean validRowsOnly) {
        try {
            return importInto(batchId, file, fileName, dryRun, validRowsOnly);
        } catch (DomainException refused) {
            if (!dryRun) {
                audit.importRefused("ResultBatch", batchId, caller.get().organisationPath(), fileName, refused);
            }
            throw refused;
        }
    }

    private ResultImportReport importInto(
            long batchId, byte[] file, String fileName, boolean dryRun, boolean validRowsOnly) {
        ResultBatch batch = access.visible(batchId);
        TrainingProject project = access.project(batch);
        if (!access.enters(caller.get(), project)) {
            throw ResultEntry.notYours();
        }
        batch.checkEditable();
        CreditPolicy policy = policies.forProject(project);
        ResultRules rules = new ResultRules(project, policy.rules());
        List<TrainingResult> rows = results.results(batchId);
        Map<Long, Teacher> byId =
                teachers.byIds(rows.stream().map(TrainingResult::teacherId).toList());
        Map<String, Long> byIdentity = new HashMap<>();
        for (TrainingResult r : rows) {
            Teacher t = byId.get(r.teacherId());
            if (t != null) {
                byIdentity.put(t.identityNumber().value(), r.id());
            }
        }
        ResultSheetResult sheet =
                sheets.read(file, fileName, byIdentity, rules.offered().keySet());
        List<ImportProblem> problems = new ArrayList<>(sheet.problems());
        Map<Long, TrainingResult> results =
                rows.stream().collect(Collectors.toMap(TrainingResult::id, Function.identity()));
        List<Runnable> changes = new ArrayList<>();
        String by = caller.get().username();
        Instant now = Instant.now();
        for (ResultSheetLine line : sheet.lines()) {
            List<Violation> found = new ArrayList<>();
            ResultRules.Computed computed = rules.compute(line.row(), line.stageHours(), line.score(), found);
            found.forEach(v -> problems.add(ImportProblem.of(
                    line.row(),
                    sheets.column(v.field()),
                    v.messageKey(),
                    v.args().toArray())));
            if (!found.isEmpty()) {
                continue;
            }
            TrainingResult row = results.get(line.resultId());
            if (computed != null) {
                changes.add(() -> row.record(
                        computed.stages(),
                        line.score(),
                        computed.credit(),
                        computed.split(),
                        policy.id(),
                        policy.versionNo(),
                        by,
                        now));
            } else {
                changes.add(() -> row.attended(line.stageHours(), by, now));
            }
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        if (dryRun) {
            return new ResultImportReport(sheet.dataRows(), 0, problems);
        }
        if (!problems.isEmpty() && !validRowsOnly) {
            throw new ResultImportRefused(new ResultImportReport(sheet.dataRows(), 0, problems));
        }
        changes.forEach(Runnable::run);
        audit.record(
                AuditAction.IMPORT,
                "ResultBatch",
                batchId,
                batch.ownerPath(),
                fileName + ": " + changes.size() + " rows saved of " + sheet.dataRows()
                        + (validRowsOnly ? ", valid rows only" : ""));
        return new ResultImportReport(sheet.dataRows(), changes.size(), problems);
    }
}
