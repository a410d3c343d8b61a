package cn.edu.ttms.interfaces.rest.result;

import cn.edu.ttms.interfaces.rest.validation.Length;
import cn.edu.ttms.interfaces.rest.validation.Whole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /api/v1/result-batches/{id}/results}: the rows to save, all or none. Each
 * row carries the {@code version} that was read (a newer one answers 409) and its hours per stage
 * (stage numbers as keys) and score. Hours and scores are range-checked by the result rules, row by
 * row, before anything is computed, so that every problem of the grid is named by row and column.
 */
@Schema(name = "ResultRows")
public record ResultRowsRequest(@NotNull @Length(max = 5000) List<@NotNull @Valid Row> rows) {

    /** One trainee's row. */
    @Schema(name = "ResultRow")
    public record Row(
            @NotNull @Whole(min = 1) Long resultId,
            @NotNull @Whole(min = 0) Long version,

            @Length(max = 99) @Schema(description = "阶段序号 → 学时，例如 {\"1\": 18}；范围由成绩规则逐行检查")
            Map<String, BigDecimal> stageHours,

            @Schema(minimum = "0", maximum = "100", description = "成绩，0–100，最多 1 位小数；逐行检查，问题按行列出")
            BigDecimal score) {}
}
