package cn.edu.ttms.domain.model.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.shared.CreditRate;
import cn.edu.ttms.domain.model.shared.Credits;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.Score;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules.md §3.10 and the module split example of examples.md. */
class ModuleSplitTest {

    private final CreditCalculator lincang = new CreditCalculator(PolicyRules.lincang2017());

    private CreditResult e1() {
        return lincang.calculate(
                Level.COUNTY, DeliveryForm.LOCAL_CONCENTRATED, Hours.of(18), CreditRate.of("1.2"), Score.of(85));
    }

    @Test
    void theExampleSplitsEthics864AndCompetence1728() {
        List<ModuleCredits> split = lincang.splitByModule(
                e1(), List.of(ModuleShare.of(Module.ETHICS, "6"), ModuleShare.of(Module.COMPETENCE, "12")));
        assertEquals(
                List.of(
                        new ModuleCredits(Module.ETHICS, Hours.of(6), Credits.of("8.64")),
                        new ModuleCredits(Module.COMPETENCE, Hours.of(12), Credits.of("17.28"))),
                split);
        assertEquals(new BigDecimal("8.64"), split.get(0).credits().value());
    }

    @Test
    void theLastModuleTakesTheRemainder() {
        // 25.92 / 3 = 8.64 each: no remainder. 10 h at rate 1, PASS: 11.00 over three equal parts.
        CreditResult r = lincang.calculate(
                Level.COUNTY, DeliveryForm.LOCAL_CONCENTRATED, Hours.of(10), CreditRate.of("1"), Score.of(65));
        List<ModuleCredits> split = lincang.splitByModule(
                r,
                List.of(
                        ModuleShare.of(Module.ETHICS, "1"),
                        ModuleShare.of(Module.KNOWLEDGE, "1"),
                        ModuleShare.of(Module.COMPETENCE, "1")));
        assertEquals(Credits.of("3.67"), split.get(0).credits());
        assertEquals(Credits.of("3.67"), split.get(1).credits());
        assertEquals(Credits.of("3.66"), split.get(2).credits());
        assertEquals(Hours.of("3.3"), split.get(0).hours());
        assertEquals(Hours.of("3.4"), split.get(2).hours());
    }

    @Test
    void aFailedResultSplitsIntoZeros() {
        CreditResult failed = lincang.calculate(
                Level.COUNTY, DeliveryForm.LOCAL_CONCENTRATED, Hours.of(18), CreditRate.of("1.2"), Score.of(40));
        List<ModuleCredits> split = lincang.splitByModule(failed, List.of(ModuleShare.of(Module.ETHICS, "18")));
        assertEquals(new ModuleCredits(Module.ETHICS, Hours.ZERO, Credits.ZERO), split.get(0));
    }

    @Test
    void roundingNeverLeavesTheLastModuleNegative() {
        List<BigDecimal> parts = ModuleSplitter.apportion(
                new BigDecimal("0.02"),
                2,
                List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("0.1")));
        assertEquals(
                List.of(new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("0.00"), new BigDecimal("0.00")),
                parts);
    }

    @Test
    void declarationsThatCannotSplitAreRejected() {
        CreditResult r = e1();
        assertEquals(
                "error.moduleShares.empty",
                assertThrows(InvalidModuleShares.class, () -> lincang.splitByModule(r, List.of()))
                        .messageKey());
        assertEquals(
                "error.moduleShares.duplicate",
                assertThrows(
                                InvalidModuleShares.class,
                                () -> lincang.splitByModule(
                                        r,
                                        List.of(
                                                ModuleShare.of(Module.ETHICS, "6"),
                                                ModuleShare.of(Module.ETHICS, "12"))))
                        .messageKey());
        assertEquals(
                "error.moduleShares.noHours",
                assertThrows(
                                InvalidModuleShares.class,
                                () -> lincang.splitByModule(r, List.of(ModuleShare.of(Module.ETHICS, "0"))))
                        .messageKey());
    }
}
