package cn.edu.ttms.domain.model.policy;

import cn.edu.ttms.domain.model.shared.Decimals;
import cn.edu.ttms.domain.model.shared.Level;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Credits a lecturer earns per teaching hour, by the level of the project taught (art. 12: 国培 ×10,
 * province ×8, city ×6, county ×4). Art. 12 gives no factor for SCHOOL projects, so a level may be
 * left unset; the calculator then refuses rather than guessing.
 */
public final class LecturingFactors {

    private final Map<Level, BigDecimal> factors;

    /**
     * @throws InvalidPolicy when a factor is negative
     */
    public LecturingFactors(Map<Level, BigDecimal> factors) {
        InvalidPolicy.throwIfAny(problems(factors));
        Map<Level, BigDecimal> copy = new EnumMap<>(Level.class);
        factors.forEach((level, factor) -> copy.put(level, Decimals.canonical(factor)));
        this.factors = Map.copyOf(copy);
    }

    static List<PolicyViolation> problems(Map<Level, BigDecimal> factors) {
        List<PolicyViolation> problems = new ArrayList<>();
        factors.forEach((level, factor) -> {
            if (factor == null || factor.signum() < 0) {
                problems.add(PolicyViolation.of("policy.lecturingFactor.negative", level, factor));
            }
        });
        return problems;
    }

    /** The factor of a level, empty when the policy leaves it unset. */
    public Optional<BigDecimal> factorFor(Level level) {
        return Optional.ofNullable(factors.get(level));
    }

    Map<Level, BigDecimal> asMap() {
        return factors;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LecturingFactors other && factors.equals(other.factors);
    }

    @Override
    public int hashCode() {
        return factors.hashCode();
    }

    @Override
    public String toString() {
        return factors.toString();
    }
}
