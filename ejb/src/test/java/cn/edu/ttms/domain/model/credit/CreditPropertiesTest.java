package cn.edu.ttms.domain.model.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.policy.RateRange;
import cn.edu.ttms.domain.model.shared.CreditRate;
import cn.edu.ttms.domain.model.shared.Credits;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.Score;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

class CreditPropertiesTest {

    private final PolicyRules lincang = PolicyRules.lincang2017();
    private final CreditCalculator calculator = new CreditCalculator(lincang);

    /** A project a bureau could publish: any level and form, a rate inside the allowed range. */
    record Project(Level level, DeliveryForm form, Hours hours, CreditRate rate) {}

    @Provide
    Arbitrary<Project> projects() {
        Arbitrary<Level> levels = Arbitraries.of(Level.class);
        Arbitrary<DeliveryForm> forms = Arbitraries.of(DeliveryForm.class);
        Arbitrary<Hours> hours = Arbitraries.integers().between(0, 5000).map(t -> new Hours(BigDecimal.valueOf(t, 1)));
        Arbitrary<Double> position = Arbitraries.doubles().between(0, 1);
        return Combinators.combine(levels, forms, hours, position).as((level, form, h, p) -> {
            RateRange range = lincang.rateRangeFor(level, form);
            BigDecimal span = range.max().subtract(range.min());
            // A rate with two decimals somewhere in the range (the ends included).
            BigDecimal rate = range.min()
                    .add(span.multiply(BigDecimal.valueOf(p)))
                    .setScale(2, java.math.RoundingMode.DOWN)
                    .max(range.min());
            return new Project(level, form, h, new CreditRate(rate));
        });
    }

    private CreditResult calculate(Project p, int scoreTenths) {
        return calculator.calculate(
                p.level(), p.form(), p.hours(), p.rate(), new Score(BigDecimal.valueOf(scoreTenths, 1)));
    }

    @Property
    void moduleSharesAddUpExactlyToTheResult(
            @ForAll("projects") Project project,
            @ForAll @IntRange(min = 0, max = 1000) int score,
            @ForAll @Size(min = 1, max = 5) @UniqueElements List<Module> modules,
            @ForAll @Size(value = 5) List<@IntRange(min = 1, max = 2000) Integer> tenths) {
        CreditResult result = calculate(project, score);
        List<ModuleShare> declared = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            declared.add(new ModuleShare(modules.get(i), new Hours(BigDecimal.valueOf(tenths.get(i), 1))));
        }
        List<ModuleCredits> split = calculator.splitByModule(result, declared);
        Credits credits = split.stream().map(ModuleCredits::credits).reduce(Credits.ZERO, Credits::plus);
        Hours hours = split.stream().map(ModuleCredits::hours).reduce(Hours.ZERO, Hours::plus);
        assertEquals(0, result.credits().value().compareTo(credits.value()));
        assertEquals(result.countedHours(), hours);
        assertEquals(modules, split.stream().map(ModuleCredits::module).toList());
    }

    @Property
    void apportionedPartsAddUpAndAreNeverNegative(
            @ForAll @IntRange(min = 0, max = 100_000) int hundredths,
            @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 2000) Integer> tenths) {
        BigDecimal total = BigDecimal.valueOf(hundredths, 2);
        List<BigDecimal> weights =
                tenths.stream().map(t -> BigDecimal.valueOf(t, 1)).toList();
        List<BigDecimal> parts = ModuleSplitter.apportion(total, 2, weights);
        assertEquals(total, parts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
        assertTrue(parts.stream().allMatch(p -> p.signum() >= 0), parts.toString());
    }

    @Property
    void creditsNeverFallBelowBaseCreditsForAPass(
            @ForAll("projects") Project project, @ForAll @IntRange(min = 600, max = 1000) int score) {
        CreditResult result = calculate(project, score);
        assertTrue(result.grade().passed());
        assertTrue(result.credits().compareTo(result.baseCredits()) >= 0, () -> result + " for " + project);
    }

    @Property
    void creditsNeverDecreaseWhenTheScoreRises(
            @ForAll("projects") Project project,
            @ForAll @IntRange(min = 0, max = 1000) int lower,
            @ForAll @IntRange(min = 0, max = 1000) int higher) {
        int low = Math.min(lower, higher);
        int high = Math.max(lower, higher);
        CreditResult atLow = calculate(project, low);
        CreditResult atHigh = calculate(project, high);
        assertTrue(atHigh.credits().compareTo(atLow.credits()) >= 0, () -> atLow + " > " + atHigh);
    }
}
