package cn.edu.ttms.interfaces.rest.result;

import cn.edu.ttms.application.result.ResultImportReport;
import cn.edu.ttms.interfaces.rest.ImportRowError;
import cn.edu.ttms.interfaces.rest.validation.Length;
import cn.edu.ttms.interfaces.rest.validation.Whole;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The small bodies of {@code /api/v1/result-batches}: opening, signing, returning, and an import's answer. */
public final class BatchRequests {

    private BatchRequests() {}

    /** Opens (or returns) the batch of a project's class. */
    @Schema(name = "OpenResultBatchRequest")
    public record Open(@NotNull @Whole(min = 1) Long projectId) {}

    /** The signer's PIN (text; digits sent as a JSON number are taken as their text). */
    @Schema(name = "SignatureRequest")
    public record Sign(
            @Length(max = 64) @Schema(example = "123456") String pin) {}

    /** Why signed results go back for correction (required). */
    @Schema(name = "ReturnRequest")
    public record Return(@Length(max = 500) String reason) {}

    @Schema(name = "ResultImportResult")
    @JsonbPropertyOrder({"rows", "saved", "errors"})
    public record ImportResult(int rows, int saved, List<ImportRowError> errors) {

        static ImportResult of(ResultImportReport r, Locale locale) {
            return new ImportResult(r.rows(), r.saved(), ImportRowError.of(r.problems(), locale));
        }
    }
}
