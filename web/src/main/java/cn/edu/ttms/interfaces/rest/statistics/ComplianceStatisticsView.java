package cn.edu.ttms.interfaces.rest.statistics;

import cn.edu.ttms.application.statistics.ComplianceFigures;
import cn.edu.ttms.domain.model.compliance.StandingRow;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * api.md {@code GET /statistics/compliance}: the unit, its teachers, how many compliant, the rate, and the
 * same per direct child unit — the public contract — plus the cycle, the year, the figures by stage, subject
 * and designation, and how many fall short in each requirement row, the most failed first.
 */
@Schema(name = "ComplianceStatistics")
@JsonbPropertyOrder({
    "unit",
    "teachers",
    "compliant",
    "rate",
    "children",
    "cycleStart",
    "cycleLastYear",
    "year",
    "byStage",
    "bySubject",
    "byDesignation",
    "failingRows"
})
public record ComplianceStatisticsView(
        UnitRef unit,
        long teachers,
        long compliant,
        @Schema(description = "达标率（百分比，一位小数，向下取整）") BigDecimal rate,
        List<Child> children,
        int cycleStart,
        int cycleLastYear,

        @JsonbNillable @Schema(nullable = true, description = "仅按年度统计时给出")
        Integer year,

        List<Group> byStage,
        List<Group> bySubject,
        List<Group> byDesignation,
        List<FailingRow> failingRows) {

    @Schema(name = "StatisticsUnit")
    @JsonbPropertyOrder({"id", "name"})
    public record UnitRef(long id, String name) {}

    @Schema(name = "ComplianceStatisticsChild")
    @JsonbPropertyOrder({"unit", "teachers", "compliant", "rate"})
    public record Child(UnitRef unit, long teachers, long compliant, BigDecimal rate) {}

    @Schema(name = "ComplianceStatisticsGroup")
    @JsonbPropertyOrder({"key", "label", "teachers", "compliant", "rate"})
    public record Group(String key, String label, long teachers, long compliant, BigDecimal rate) {}

    @Schema(name = "ComplianceFailingRow")
    @JsonbPropertyOrder({"requirement", "module", "label", "teachers"})
    public record FailingRow(
            String requirement,

            @JsonbNillable @Schema(nullable = true, description = "模块学分一项所属的模块，其余为 null")
            String module,

            String label,
            @Schema(description = "该项未达标的教师数") long teachers) {}

    static ComplianceStatisticsView of(ComplianceFigures f, Locale locale) {
        return new ComplianceStatisticsView(
                new UnitRef(f.unit().id(), f.unit().name()),
                f.teachers(),
                f.compliant(),
                f.rate(),
                f.children().stream()
                        .map(c -> new Child(new UnitRef(c.unitId(), c.key()), c.teachers(), c.compliant(), c.rate()))
                        .toList(),
                f.cycleStart(),
                f.cycleLastYear(),
                f.year(),
                groups(f.byStage(), "schoolStage.", locale),
                groups(f.bySubject(), null, locale),
                groups(f.byDesignation(), "designation.", locale),
                f.failingRows().stream()
                        .map(r -> new FailingRow(
                                r.row().requirement().name(),
                                r.row().module() == null
                                        ? null
                                        : r.row().module().name(),
                                label(r.row(), locale),
                                r.teachers()))
                        .toList());
    }

    private static List<Group> groups(List<ComplianceFigures.Figure> figures, String keyPrefix, Locale locale) {
        return figures.stream()
                .map(g -> new Group(
                        g.key(),
                        keyPrefix == null ? g.key() : DomainMessages.format(keyPrefix + g.key(), List.of(), locale),
                        g.teachers(),
                        g.compliant(),
                        g.rate()))
                .toList();
    }

    /** A requirement row as people name it: the module for a module row, else the requirement. */
    static String label(StandingRow row, Locale locale) {
        return row.module() != null
                ? DomainMessages.format(row.module().messageKey(), List.of(), locale)
                : DomainMessages.format(row.requirement().messageKey(), List.of(), locale);
    }
}
