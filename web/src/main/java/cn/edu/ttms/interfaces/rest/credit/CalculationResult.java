package cn.edu.ttms.interfaces.rest.credit;

import cn.edu.ttms.application.policy.CreditCalculation;
import cn.edu.ttms.domain.model.shared.Grade;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer of the calculator (api.md). Decimals carry their exact scale: base and performance
 * credits unrounded (at least 2 places), {@code credits} rounded once to 2 places. Lecturing answers
 * only {@code kind}, {@code credits} and {@code policy}; absent fields are left out.
 */
@Schema(name = "CreditCalculation")
@jakarta.json.bind.annotation.JsonbPropertyOrder({
    "kind",
    "grade",
    "baseCredits",
    "performanceCredits",
    "credits",
    "countedHours",
    "policy"
})
public record CalculationResult(
        CalculationKind kind,
        Grade grade,
        @Schema(example = "21.60") BigDecimal baseCredits,
        @Schema(example = "4.32") BigDecimal performanceCredits,
        @Schema(example = "25.92", required = true) BigDecimal credits,
        @Schema(example = "18.0") BigDecimal countedHours,
        @Schema(required = true) PolicyVersion policy) {

    /** The policy version a figure was computed under. */
    @Schema(name = "PolicyVersionRef")
    public record PolicyVersion(long id, String name, int version) {}

    static CalculationResult training(CreditCalculation c) {
        return new CalculationResult(
                null, c.grade(), c.baseCredits(), c.performanceCredits(), c.credits(), c.countedHours(), policy(c));
    }

    static CalculationResult lecturing(CreditCalculation c) {
        return new CalculationResult(CalculationKind.LECTURING, null, null, null, c.credits(), null, policy(c));
    }

    private static PolicyVersion policy(CreditCalculation c) {
        return new PolicyVersion(c.policy().id(), c.policy().name(), c.policy().version());
    }
}
