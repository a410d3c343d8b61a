package cn.edu.ttms.interfaces.rest.result;

import cn.edu.ttms.domain.model.shared.Quantity;
import cn.edu.ttms.interfaces.rest.validation.Within;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /api/v1/result-batches/{id}/results}: the rows to save, all or none. Each
 * row carries the {@code version} that was read (a newer one answers 409) and its hours per stage
 * (stage numbers as keys) and score, range-checked before anything is computed.
 */
@Schema(name = "ResultRows")
public record ResultRowsRequest(@NotNull @Size(max = 5000) List<@NotNull @Valid Row> rows) {

    /** One trainee's row. */
    @Schema(name = "ResultRow")
    public record Row(
            @NotNull @Positive Long resultId,
            @NotNull @PositiveOrZero Long version,
            @Schema(description = "阶段序号 → 学时，例如 {\"1\": 18}") Map<String, @Within(Quantity.HOURS) BigDecimal> stageHours,
            @Within(Quantity.SCORE) BigDecimal score) {
    }
}
