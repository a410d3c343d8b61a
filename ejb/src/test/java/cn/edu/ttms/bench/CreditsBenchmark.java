package cn.edu.ttms.bench;

import cn.edu.ttms.domain.model.credit.CreditCalculator;
import cn.edu.ttms.domain.model.credit.CreditResult;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.shared.CreditRate;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Score;
import java.math.BigDecimal;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Credits of one result under the shipped policy, over 1,000,000 varied results (all levels, rates
 * inside their ranges, scores 50.0–100.0): results per second in one JVM. Not a test; run with
 * {@code bash bench/credits.sh} (docs/benchmarks.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CreditsBenchmark {

    private static final int RESULTS = 1_000_000;
    private static final Level[] LEVELS = {Level.NATIONAL, Level.PROVINCIAL, Level.MUNICIPAL, Level.COUNTY, Level.SCHOOL
    };
    private static final String[] RATES = {"2.0", "1.5", "1.2", "1.0", "0.75"};

    private CreditCalculator calculator;
    private Level[] levels;
    private Hours[] hours;
    private CreditRate[] rates;
    private Score[] scores;
    private int next;

    @Setup
    public void results() {
        calculator = new CreditCalculator(PolicyRules.lincang2017());
        Random random = new Random(42);
        levels = new Level[RESULTS];
        hours = new Hours[RESULTS];
        rates = new CreditRate[RESULTS];
        scores = new Score[RESULTS];
        for (int i = 0; i < RESULTS; i++) {
            int level = random.nextInt(LEVELS.length);
            levels[i] = LEVELS[level];
            hours[i] = new Hours(BigDecimal.valueOf(6 + random.nextInt(60 * 2) * 3, 1));
            rates[i] = new CreditRate(new BigDecimal(RATES[level]));
            scores[i] = new Score(BigDecimal.valueOf(500 + random.nextInt(501), 1));
        }
    }

    @Benchmark
    public CreditResult creditsOfOneResult() {
        int i = next;
        next = (i + 1) % RESULTS;
        return calculator.calculate(levels[i], DeliveryForm.LOCAL_CONCENTRATED, hours[i], rates[i], scores[i]);
    }
}
