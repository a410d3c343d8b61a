package cn.edu.ttms.application.result;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.project.ProjectModule;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.result.ResultBatch;
import cn.edu.ttms.domain.model.result.ResultRepository;
import cn.edu.ttms.domain.model.result.ResultRules;
import cn.edu.ttms.domain.model.result.ResultSignature;
import cn.edu.ttms.domain.model.result.SignatureMeaning;
import cn.edu.ttms.domain.model.result.StageAttendance;
import cn.edu.ttms.domain.model.result.TrainingResult;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the view of a batch: rows with the trainees' names (one query for all), signatures, what the caller may do. */
@ApplicationScoped
public class BatchSheets {

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

    public BatchSheet of(ResultBatch batch, TrainingProject project) {
        Caller me = caller.get();
        List<TrainingResult> rows = results.results(batch.id());
        Map<Long, Teacher> byId =
                teachers.byIds(rows.stream().map(TrainingResult::teacherId).toList());
        List<ResultRow> views =
                rows.stream().map(r -> row(r, byId.get(r.teacherId()))).toList();
        SignatureMeaning next = batch.status().nextMeaning();
        Map<Integer, BigDecimal> offered =
                new ResultRules(project, policies.forProject(project).rules()).offered();
        return new BatchSheet(
                batch.id(),
                batch.version(),
                batch.revision(),
                batch.status(),
                batch.integrity(),
                batch.returnReason(),
                project.id(),
                project.code(),
                project.name(),
                project.year(),
                project.level(),
                project.status(),
                project.creditRate(),
                offered,
                project.modules().stream()
                        .map(ProjectModule::module)
                        .map(Enum::name)
                        .toList(),
                views,
                signatures(batch.id()),
                batch.status().editable() && access.enters(me, project),
                next,
                next != null && access.signs(me, batch, project, next),
                access.returns(me, batch));
    }

    List<SignatureView> signatures(long batchId) {
        return results.signatures(batchId).stream().map(BatchSheets::view).toList();
    }

    static SignatureView view(ResultSignature s) {
        return new SignatureView(
                s.id(),
                s.revision(),
                s.meaning(),
                s.signer(),
                s.signerName(),
                s.signerRole(),
                s.signedAt(),
                s.certificateId());
    }

    static ResultRow row(TrainingResult r, Teacher t) {
        Map<Integer, BigDecimal> stages = new LinkedHashMap<>();
        for (StageAttendance s : r.stageHours()) {
            stages.put(s.stageNo(), s.hours());
        }
        Optional<Teacher> teacher = Optional.ofNullable(t);
        return new ResultRow(
                r.id(),
                r.version(),
                r.teacherId(),
                teacher.map(Teacher::name).orElse("#" + r.teacherId()),
                teacher.map(x -> x.school().name()).orElse(""),
                teacher.map(x -> x.identityNumber().suffix()).orElse(""),
                stages,
                r.hours(),
                r.countedHours(),
                r.score(),
                r.grade(),
                r.baseCredits(),
                r.performanceCredits(),
                r.credits(),
                r.modules().stream()
                        .map(m -> new ResultRow.ModuleShareView(m.module().name(), m.hours(), m.credits()))
                        .toList(),
                r.policyId(),
                r.policyVersion(),
                r.voided(),
                r.voidReason(),
                teacher.map(x -> x.identityNumber().valid()).orElse(true));
    }
}
