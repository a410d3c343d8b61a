package cn.edu.ttms.interfaces.rest.organisation;

import cn.edu.ttms.application.archive.UnitCompliance;
import cn.edu.ttms.interfaces.rest.teacher.ComplianceRow;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The compliance of a school or county: how many of its teachers meet the cycle's minimums (or one
 * year's: then {@code year} is given), and one page of who falls short of what, non-compliant first.
 */
@Schema(name = "UnitCompliance")
@JsonbPropertyOrder({
    "unitId",
    "unitName",
    "cycleFirstYear",
    "cycleLastYear",
    "teachers",
    "compliant",
    "items",
    "total",
    "year"
})
public record UnitComplianceReport(
        long unitId,
        String unitName,
        int cycleFirstYear,
        int cycleLastYear,
        int teachers,
        int compliant,
        List<Standing> items,
        int total,
        @Schema(description = "仅按年度统计时给出") Integer year) {

    /** One teacher of the unit and the rows they fall short in. */
    @Schema(name = "UnitComplianceStanding")
    @JsonbPropertyOrder({"teacherId", "name", "school", "compliant", "shortfalls"})
    public record Standing(
            long teacherId, String name, String school, boolean compliant, List<ComplianceRow> shortfalls) {}

    static UnitComplianceReport of(UnitCompliance u, int first, int size) {
        List<Standing> page = u.standings().stream()
                .skip(first)
                .limit(size)
                .map(s -> new Standing(
                        s.teacherId(),
                        s.name(),
                        s.school(),
                        s.compliant(),
                        s.shortfalls().stream().map(ComplianceRow::of).toList()))
                .toList();
        return new UnitComplianceReport(
                u.unitId(),
                u.unitName(),
                u.cycleFirstYear(),
                u.cycleLastYear(),
                u.teachers(),
                u.compliant(),
                page,
                u.standings().size(),
                u.year());
    }
}
