package cn.edu.ttms.interfaces.rest.statistics;

import cn.edu.ttms.application.statistics.ComplianceTeacherList;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /statistics/compliance/teachers}: a page of the unit's teachers with their compliance and the
 * requirement rows they fall short in (the amounts are on each teacher's {@code /compliance}).
 */
@Schema(name = "ComplianceTeacherPage")
@JsonbPropertyOrder({"unit", "cycleStart", "year", "items", "total"})
public record ComplianceTeacherPage(
        ComplianceStatisticsView.UnitRef unit,
        int cycleStart,

        @JsonbNillable @Schema(nullable = true, description = "仅按年度统计时给出")
        Integer year,

        List<Item> items,
        long total) {

    @Schema(name = "ComplianceTeacherItem")
    @JsonbPropertyOrder({"teacher", "school", "compliant", "shortfalls"})
    public record Item(
            ComplianceStatisticsView.UnitRef teacher,
            ComplianceStatisticsView.UnitRef school,
            boolean compliant,
            List<Shortfall> shortfalls) {}

    @Schema(name = "ComplianceTeacherShortfall")
    @JsonbPropertyOrder({"requirement", "module", "label"})
    public record Shortfall(
            String requirement,

            @JsonbNillable @Schema(nullable = true, description = "模块学分一项所属的模块，其余为 null")
            String module,

            String label) {}

    static ComplianceTeacherPage of(ComplianceTeacherList l, Locale locale) {
        return new ComplianceTeacherPage(
                new ComplianceStatisticsView.UnitRef(l.unitId(), l.unitName()),
                l.cycleStart(),
                l.year(),
                l.items().stream()
                        .map(i -> new Item(
                                new ComplianceStatisticsView.UnitRef(i.teacherId(), i.name()),
                                new ComplianceStatisticsView.UnitRef(i.schoolId(), i.school()),
                                i.compliant(),
                                i.shortfalls().stream()
                                        .map(r -> new Shortfall(
                                                r.requirement().name(),
                                                r.module() == null
                                                        ? null
                                                        : r.module().name(),
                                                ComplianceStatisticsView.label(r, locale)))
                                        .toList()))
                        .toList(),
                l.total());
    }
}
