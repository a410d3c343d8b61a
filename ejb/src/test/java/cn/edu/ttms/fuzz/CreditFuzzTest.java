package cn.edu.ttms.fuzz;

import cn.edu.ttms.domain.model.credit.CreditCalculator;
import cn.edu.ttms.domain.model.credit.CreditResult;
import cn.edu.ttms.domain.model.credit.Stage;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.project.ProjectModule;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.ProjectTerms;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.result.ResultRules;
import cn.edu.ttms.domain.model.shared.CreditRate;
import cn.edu.ttms.domain.model.shared.Credits;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.Score;
import cn.edu.ttms.domain.model.shared.Selection;
import cn.edu.ttms.domain.model.shared.Violation;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The credit arithmetic fed arbitrary decimals and enums (docs/fuzzing.md): hours, rate and score as a
 * request or a results sheet may carry them, through the value objects, the calculator (credits,
 * lecturing, project hours) and a result row's rules. A decimal may be refused with a {@link
 * DomainException} or an {@link IllegalArgumentException}; any other exception, or an input that
 * takes seconds (the timeout), is a bug.
 */
class CreditFuzzTest {

    private static final PolicyRules LINCANG = PolicyRules.lincang2017();
    private static final CreditCalculator CALCULATOR = new CreditCalculator(LINCANG);
    private static final ResultRules TWO_STAGES = new ResultRules(project(), LINCANG);

    /** Decimals people and attackers send: ordinary, at the edges, and absurd. */
    private static final String[] DECIMALS = {
        "0",
        "1",
        "6",
        "6.5",
        "18",
        "18.0",
        "12.25",
        "39",
        "1.2",
        "0.5",
        "0.05",
        "60",
        "85",
        "89.55",
        "100",
        "100.0",
        "101",
        "-1",
        "-0.0",
        "0.00000",
        "1E+1",
        "1e2",
        "9999999999999999999999.9",
        "1e999999",
        "1E+100000",
        "1e-999999",
        "1e2147483647",
        "1e-2147483647",
        "123456789012345678901234567890.5",
    };

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void creditsOfAResult(FuzzedDataProvider data) {
        Level level = data.pickValue(Level.values());
        DeliveryForm form = data.pickValue(DeliveryForm.values());
        BigDecimal hours = decimal(data);
        BigDecimal rate = decimal(data);
        BigDecimal score = decimal(data);
        BigDecimal days = decimal(data);
        BigDecimal teaching = decimal(data);
        refusedOr(() -> {
            CreditResult result =
                    CALCULATOR.calculate(level, form, new Hours(hours), new CreditRate(rate), new Score(score));
            shown(result.baseCredits());
            shown(result.performanceCredits());
            shown(result.credits().rounded());
        });
        refusedOr(() -> shown(CALCULATOR.lecturingCredits(level, new Hours(teaching))));
        refusedOr(() ->
                CALCULATOR.hoursOf(List.of(new Stage(form, days, null), new Stage(form, null, new Hours(hours)))));
        List<Violation> found = new ArrayList<>();
        Map<Integer, BigDecimal> stageHours = new HashMap<>();
        stageHours.put(data.consumeInt(0, 3), hours);
        stageHours.put(data.consumeInt(0, 3), days);
        refusedOr(() -> {
            ResultRules.Computed computed = TWO_STAGES.compute(7, stageHours, score, found);
            if (computed != null) {
                shown(computed.credit().credits());
                computed.split().forEach(s -> shown(s.credits()));
            }
        });
        found.forEach(v -> FuzzedSheets.render(v.messageKey(), v.args()));
    }

    /** What the API and the pages do with credits: show them exactly, with at least 2 decimals. */
    private static void shown(Credits credits) {
        credits.forDisplay().toPlainString();
    }

    private static void refusedOr(Runnable calculation) {
        try {
            calculation.run();
        } catch (DomainException refused) {
            FuzzedSheets.render(refused.messageKey(), refused.args());
        } catch (IllegalArgumentException refused) {
            // a refusal too, if a plainer one
        }
    }

    /** Any decimal at all: the value objects refuse the absurd ones before any arithmetic (finding 1). */
    private static BigDecimal decimal(FuzzedDataProvider data) {
        return anyDecimal(data);
    }

    private static BigDecimal anyDecimal(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 2)) {
            case 0 -> new BigDecimal(data.pickValue(DECIMALS));
            case 1 -> new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt());
            default -> {
                try {
                    yield new BigDecimal(data.consumeAsciiString(40));
                } catch (NumberFormatException notANumber) {
                    yield BigDecimal.ONE; // refused by the JSON or sheet reader before the domain sees it
                }
            }
        };
    }

    /** A COUNTY project of two local stages (3 days and 2 days), rate 1.2, declared modules 6 h + 12 h. */
    private static TrainingProject project() {
        Organisation province = Organisation.root(OrganisationKind.PROVINCE, "云南省", null);
        Organisation city = Organisation.under(province, OrganisationKind.CITY, "临沧市", null);
        Organisation county = Organisation.under(city, OrganisationKind.COUNTY, "临翔区", null);
        AnnualPlan plan = new AnnualPlan(2026, county, "临翔区2026年教师培训计划", null);
        TrainingProject p = new TrainingProject(
                plan,
                1,
                null,
                "开班",
                null,
                null,
                null,
                null,
                new ProjectStage(1, DeliveryForm.LOCAL_CONCENTRATED, null, null, null, new BigDecimal("3"), 10));
        List<ProjectStage> stages = List.of(
                new ProjectStage(
                        1,
                        DeliveryForm.LOCAL_CONCENTRATED,
                        "本地集中",
                        null,
                        new BigDecimal("3"),
                        new BigDecimal("3"),
                        50,
                        null,
                        LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 4, 8),
                        "临翔区教师进修学校"),
                new ProjectStage(
                        2,
                        DeliveryForm.LOCAL_CONCENTRATED,
                        "本地集中",
                        null,
                        new BigDecimal("2"),
                        new BigDecimal("2"),
                        50,
                        null,
                        LocalDate.of(2026, 5, 6),
                        LocalDate.of(2026, 5, 7),
                        "临翔区教师进修学校"));
        p.revise(
                new ProjectTerms(
                        "LX01",
                        "临翔区小学语文骨干教师培训",
                        Level.COUNTY,
                        "骨干教师",
                        "临翔区教育局",
                        Selection.DIRECTIVE,
                        new BigDecimal("1.2"),
                        50,
                        null,
                        null,
                        "临翔区教师进修学校",
                        null,
                        null,
                        "小学语文教师",
                        Set.of(),
                        List.of(),
                        stages,
                        List.of(
                                new ProjectModule(Module.ETHICS, Hours.of(6)),
                                new ProjectModule(Module.COMPETENCE, Hours.of(24))),
                        List.of(),
                        List.of()),
                LINCANG);
        return p;
    }
}
