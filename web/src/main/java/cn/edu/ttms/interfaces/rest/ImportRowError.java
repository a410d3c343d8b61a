package cn.edu.ttms.interfaces.rest;

import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row error of an import as api.md lists them: {@code {"row": 12, "column": "培训天数", "message": "…"}}. */
@Schema(name = "ImportRowError")
@JsonbPropertyOrder({"row", "column", "message"})
public record ImportRowError(int row, String column, String message) {

    public static List<ImportRowError> of(List<ImportProblem> problems, Locale locale) {
        return problems.stream()
                .map(p -> new ImportRowError(
                        p.row(), p.column(), DomainMessages.format(p.messageKey(), p.args(), locale)))
                .toList();
    }
}
