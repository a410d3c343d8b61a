package cn.edu.ttms.domain.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Score;
import java.math.BigDecimal;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class GradeBandsPropertiesTest {

    private final PolicyRules lincang = PolicyRules.lincang2017();

    /** Art. 10 / rules.md §3.5: 0.0 to 100.0 in steps of 0.1, all 1001 of them. */
    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 2000)
    void everyScoreLandsInExactlyOneGrade(@ForAll @IntRange(min = 0, max = 1000) int tenths) {
        Score score = new Score(BigDecimal.valueOf(tenths, 1));
        long holding = lincang.gradeBands().bands().stream()
                .filter(band -> band.contains(score))
                .count();
        assertEquals(1, holding, score.toString());
        Grade grade = lincang.gradeOf(score);
        Grade expected = Arrays.stream(Grade.values())
                .filter(g -> lincang.gradeBands().bands().stream().anyMatch(b -> b.grade() == g && b.contains(score)))
                .findFirst()
                .orElseThrow();
        assertEquals(expected, grade);
    }
}
