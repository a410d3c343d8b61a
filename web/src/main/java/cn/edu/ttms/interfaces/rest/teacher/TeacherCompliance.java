package cn.edu.ttms.interfaces.rest.teacher;

import cn.edu.ttms.domain.model.compliance.Assessment;
import cn.edu.ttms.domain.model.compliance.ComplianceReport;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A teacher's compliance (api.md {@code GET /teachers/{id}/compliance}): the cycle's rows and each
 * year's. The cycle's {@code compliant} is the whole report's (years included, art. 11), as is the
 * top-level {@code compliant}; a year's {@code compliant} looks at that year's rows. A year that has
 * not begun is not {@code due}: it owes nothing yet and does not make the cycle fail.
 */
@Schema(name = "TeacherCompliance")
@JsonbPropertyOrder({"teacherId", "cycle", "years", "compliant"})
public record TeacherCompliance(long teacherId, Cycle cycle, List<Year> years, boolean compliant) {

    /** The cycle as a whole. */
    @Schema(name = "ComplianceCycle")
    @JsonbPropertyOrder({"rows", "compliant", "compliantIncludingPending", "firstYear", "lastYear"})
    public record Cycle(
            List<ComplianceRow> rows,
            boolean compliant,
            boolean compliantIncludingPending,
            int firstYear,
            int lastYear) {}

    /** One year of the cycle; {@code due} is false for a year that has not begun. */
    @Schema(name = "ComplianceYear")
    @JsonbPropertyOrder({"rows", "compliant", "compliantIncludingPending", "year", "due"})
    public record Year(
            List<ComplianceRow> rows,
            boolean compliant,
            boolean compliantIncludingPending,
            int year,

            @Schema(description = "false for a year of the cycle that has not begun: its minimums are not owed yet")
            boolean due) {}

    static TeacherCompliance of(long teacherId, ComplianceReport r) {
        Cycle cycle = new Cycle(
                rows(r.cycleAssessment()),
                r.compliant(),
                r.compliantIncludingPending(),
                r.cycle().firstYear(),
                r.cycle().lastYear());
        List<Year> years = r.years().stream()
                .map(y -> new Year(rows(y), y.compliant(), y.compliantIncludingPending(), y.firstYear(), y.due()))
                .toList();
        return new TeacherCompliance(teacherId, cycle, years, r.compliant());
    }

    private static List<ComplianceRow> rows(Assessment a) {
        return a.rows().stream().map(ComplianceRow::of).toList();
    }
}
