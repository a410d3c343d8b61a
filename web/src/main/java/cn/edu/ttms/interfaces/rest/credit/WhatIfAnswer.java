package cn.edu.ttms.interfaces.rest.credit;

import cn.edu.ttms.application.archive.WhatIfReport;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A what-if replay (stored results recomputed under another policy version, nothing written): the
 * totals, and one page of the teachers, largest difference first, each with the results that change.
 */
@Schema(name = "WhatIfReplay")
@JsonbPropertyOrder({
    "policy",
    "results",
    "notComputable",
    "recordedTotal",
    "replayedTotal",
    "difference",
    "items",
    "total"
})
public record WhatIfAnswer(
        CalculationResult.PolicyVersion policy,
        int results,
        @Schema(description = "该版本无法计算（系数超出其范围）而保留原学分的成绩数") int notComputable,
        BigDecimal recordedTotal,
        BigDecimal replayedTotal,
        BigDecimal difference,
        List<Teacher> items,
        int total) {

    /** One teacher's credits as recorded and as replayed. */
    @Schema(name = "WhatIfTeacher")
    @JsonbPropertyOrder({"teacherId", "name", "recorded", "replayed", "difference", "changed"})
    public record Teacher(
            long teacherId,
            String name,
            BigDecimal recorded,
            BigDecimal replayed,
            BigDecimal difference,
            List<Result> changed) {}

    /** One result whose credits or grade differ; grades only when the result has one. */
    @Schema(name = "WhatIfResult")
    @JsonbPropertyOrder({"resultId", "project", "year", "recorded", "replayed", "gradeRecorded", "gradeReplayed"})
    public record Result(
            long resultId,
            String project,
            int year,
            BigDecimal recorded,
            BigDecimal replayed,
            String gradeRecorded,
            String gradeReplayed) {}

    static WhatIfAnswer of(WhatIfReport r, int first, int size) {
        List<Teacher> page = r.teachers().stream()
                .skip(first)
                .limit(size)
                .map(t -> new Teacher(
                        t.teacherId(),
                        t.name(),
                        t.recorded(),
                        t.replayed(),
                        t.difference(),
                        t.changed().stream()
                                .map(c -> new Result(
                                        c.resultId(),
                                        c.projectName(),
                                        c.year(),
                                        c.recorded(),
                                        c.replayed(),
                                        c.gradeRecorded(),
                                        c.gradeReplayed()))
                                .toList()))
                .toList();
        return new WhatIfAnswer(
                new CalculationResult.PolicyVersion(r.policyId(), r.policyName(), r.policyVersion()),
                r.results(),
                r.notComputable(),
                r.recordedTotal(),
                r.replayedTotal(),
                r.difference(),
                page,
                r.teachers().size());
    }
}
