package cn.edu.ttms.interfaces.rest.teacher;

import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a teacher import found and did: data rows read, rows that can be (or were) imported, and
 * every problem by row and column (api.md: {@code [{"row": 12, "column": "…", "message": "…"}]}),
 * the messages in the caller's language. {@code imported} is 0 for a dry run.
 */
@Schema(name = "TeacherImportReport")
@JsonbPropertyOrder({"rows", "valid", "imported", "errors", "accountsOpened"})
public record TeacherImportReport(
        int rows,
        int valid,
        int imported,
        List<RowError> errors,

        @Schema(description = "为新建教师开通的账号数（openAccounts=true 时）")
        int accountsOpened) {

    /** One problem of the file. */
    @Schema(name = "TeacherImportRowError")
    @JsonbPropertyOrder({"row", "column", "message"})
    public record RowError(
            @Schema(description = "文件中的行号") int row,
            @Schema(description = "列名") String column,
            String message) {}

    static TeacherImportReport of(cn.edu.ttms.application.teacher.TeacherImportReport report, Locale locale) {
        return new TeacherImportReport(
                report.rows(),
                report.valid(),
                report.imported(),
                errors(report.problems(), locale),
                report.accountsOpened());
    }

    static List<RowError> errors(List<ImportProblem> problems, Locale locale) {
        return problems.stream()
                .map(p -> new RowError(p.row(), p.column(), DomainMessages.format(p.messageKey(), p.args(), locale)))
                .toList();
    }
}
