package cn.edu.ttms.application.archive;

import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.compliance.ResultStatus;
import cn.edu.ttms.domain.model.credit.CreditCalculator;
import cn.edu.ttms.domain.model.credit.CreditResult;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import cn.edu.ttms.domain.model.policy.CreditPolicyRepository;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.result.ResultRepository;
import cn.edu.ttms.domain.model.result.ResultRepository.ResultWithBatch;
import cn.edu.ttms.domain.model.result.TrainingResult;
import cn.edu.ttms.domain.model.shared.CreditRate;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.shared.Score;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What-if replay (issue "credit policy engine", item 4): the stored results of one teacher or of every
 * teacher of a school or county, recomputed under another policy version from what was recorded —
 * hours, score, the project's level, form and rate — and compared with the credits each result keeps.
 * Read-only: recorded results never change because a policy did (rules.md). Void results are left out;
 * never-signed ones too (they count for nothing, art. 20).
 */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN"})
public class WhatIfReplay {

    @Inject
    CurrentCaller caller;

    @Inject
    CreditPolicyRepository policies;

    @Inject
    TeacherRepository teachers;

    @Inject
    ResultRepository results;

    @Inject
    ProjectRepository projects;

    @Inject
    UnitResults unitResults;

    public WhatIfReport forTeacher(long policyId, long teacherId) {
        Teacher teacher = teachers.find(teacherId, caller.get().scope())
                .orElseThrow(() -> new RecordNotFound("Teacher", teacherId));
        return replay(
                policy(policyId),
                List.of(new TeacherRepository.Member(
                        teacher.id(), teacher.name(), teacher.school().name())),
                results.ofTeacher(teacherId));
    }

    public WhatIfReport forUnit(long policyId, long unitId) {
        UnitResults.Unit read = unitResults.read(unitResults.inScope(unitId), Integer.MIN_VALUE, Integer.MAX_VALUE);
        return replay(
                policy(policyId),
                read.members(),
                read.resultsByTeacher().values().stream().flatMap(List::stream).toList());
    }

    private CreditPolicy policy(long id) {
        return policies.find(id).orElseThrow(() -> new RecordNotFound("CreditPolicy", id));
    }

    private WhatIfReport replay(
            CreditPolicy policy, List<TeacherRepository.Member> members, List<ResultWithBatch> found) {
        CreditCalculator calculator = new CreditCalculator(policy.rules());
        Map<Long, TrainingProject> projectCache = new HashMap<>();
        Map<Long, List<ResultWithBatch>> byTeacher = new LinkedHashMap<>();
        for (ResultWithBatch r : found) {
            ResultStatus status = r.result().statusIn(r.batchStatus());
            if (status != null && status != ResultStatus.VOID && r.result().scored()) {
                byTeacher
                        .computeIfAbsent(r.result().teacherId(), t -> new ArrayList<>())
                        .add(r);
            }
        }
        BigDecimal recordedTotal = BigDecimal.ZERO.setScale(2);
        BigDecimal replayedTotal = BigDecimal.ZERO.setScale(2);
        int count = 0;
        int notComputable = 0;
        List<WhatIfReport.TeacherDifference> rows = new ArrayList<>();
        for (TeacherRepository.Member t : members) {
            BigDecimal recorded = BigDecimal.ZERO.setScale(2);
            BigDecimal replayed = BigDecimal.ZERO.setScale(2);
            List<WhatIfReport.ResultDifference> changed = new ArrayList<>();
            for (ResultWithBatch r : byTeacher.getOrDefault(t.id(), List.of())) {
                TrainingResult x = r.result();
                TrainingProject p = projectCache.computeIfAbsent(
                        x.projectId(),
                        id -> projects.find(id).orElseThrow(() -> new RecordNotFound("TrainingProject", id)));
                count++;
                CreditResult again;
                try {
                    DeliveryForm form = p.stages().isEmpty()
                            ? DeliveryForm.LOCAL_CONCENTRATED
                            : p.stages().get(0).form();
                    again = calculator.calculate(
                            p.level(),
                            form,
                            new Hours(x.hours()),
                            new CreditRate(p.creditRate()),
                            new Score(x.score()));
                } catch (DomainException | NullPointerException outOfThisPolicy) {
                    notComputable++;
                    again = null;
                }
                BigDecimal now = again == null ? x.credits() : again.credits().value();
                recorded = recorded.add(x.credits());
                replayed = replayed.add(now);
                if (now.compareTo(x.credits()) != 0 || again != null && again.grade() != x.grade()) {
                    changed.add(new WhatIfReport.ResultDifference(
                            x.id(),
                            r.projectName(),
                            x.year(),
                            x.grade() == null ? null : x.grade().name(),
                            again == null ? null : again.grade().name(),
                            x.credits(),
                            now));
                }
            }
            recordedTotal = recordedTotal.add(recorded);
            replayedTotal = replayedTotal.add(replayed);
            if (!byTeacher.getOrDefault(t.id(), List.of()).isEmpty()) {
                rows.add(new WhatIfReport.TeacherDifference(t.id(), t.name(), recorded, replayed, changed));
            }
        }
        rows.sort((a, b) -> b.difference().abs().compareTo(a.difference().abs()));
        return new WhatIfReport(
                policy.id(),
                policy.name(),
                policy.versionNo(),
                count,
                notComputable,
                recordedTotal,
                replayedTotal,
                rows);
    }
}
