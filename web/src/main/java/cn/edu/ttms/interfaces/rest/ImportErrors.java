package cn.edu.ttms.interfaces.rest;

import cn.edu.ttms.application.json.JsonBuilders;
import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Locale;

/** An import's row errors as api.md lists them: {@code [{"row": 12, "column": "培训天数", "message": "…"}]}. */
public final class ImportErrors {

    private ImportErrors() {}

    public static JsonArrayBuilder json(List<ImportProblem> problems, Locale locale) {
        JsonArrayBuilder errors = JsonBuilders.createArrayBuilder();
        problems.forEach(p -> errors.add(JsonBuilders.createObjectBuilder()
                .add("row", p.row())
                .add("column", p.column())
                .add("message", DomainMessages.format(p.messageKey(), p.args(), locale))));
        return errors;
    }
}
