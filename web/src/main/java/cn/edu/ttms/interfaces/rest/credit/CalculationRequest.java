package cn.edu.ttms.interfaces.rest.credit;

import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Quantity;
import cn.edu.ttms.interfaces.rest.validation.Whole;
import cn.edu.ttms.interfaces.rest.validation.Within;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/credits/calculate} (api.md). A training result needs
 * {@code form}, {@code hours}, {@code creditRate} and {@code score}; lecturing
 * ({@code "kind": "LECTURING"}) needs {@code teachingHours}. Every number is range-checked by
 * {@link Within} before the policy computes anything.
 */
@Schema(name = "CreditCalculationRequest", description = "一条培训成绩或一次授课的学分计算请求")
public record CalculationRequest(
        @Schema(description = "TRAINING（默认）或 LECTURING") CalculationKind kind,
        @NotNull Level level,
        DeliveryForm form,

        @Within(Quantity.HOURS) @Schema(minimum = "0", maximum = "9999.9")
        BigDecimal hours,

        @Within(Quantity.CREDIT_RATE) @Schema(minimum = "0", maximum = "100")
        BigDecimal creditRate,

        @Within(Quantity.SCORE) @Schema(minimum = "0", maximum = "100")
        BigDecimal score,

        @Within(Quantity.TEACHING_HOURS) @Schema(minimum = "0", maximum = "9999.9")
        BigDecimal teachingHours,

        @Whole(min = 1) @Schema(description = "这一政策版本（默认：调用者所在单位当日适用的版本）")
        Long policyId,

        @Schema(description = "按该日期适用的政策版本计算") LocalDate date) {

    public boolean lecturing() {
        return kind == CalculationKind.LECTURING;
    }
}
