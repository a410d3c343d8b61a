package cn.edu.ttms.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInLockoutTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    @Test
    void fourTyposCostNothing() {
        for (int failures = 0; failures < 5; failures++) {
            assertTrue(SignInLockout.lockAfter(failures, NOW).isEmpty(), "failures " + failures);
        }
    }

    @Test
    void theFifthFailureLocksForAMinuteAndEachFurtherOneDoubles() {
        assertEquals(
                NOW.plus(Duration.ofMinutes(1)), SignInLockout.lockAfter(5, NOW).orElseThrow());
        assertEquals(
                NOW.plus(Duration.ofMinutes(2)), SignInLockout.lockAfter(6, NOW).orElseThrow());
        assertEquals(
                NOW.plus(Duration.ofMinutes(32)),
                SignInLockout.lockAfter(10, NOW).orElseThrow());
    }

    @Test
    void theDelayNeverExceedsAnHour() {
        assertEquals(
                NOW.plus(Duration.ofHours(1)), SignInLockout.lockAfter(11, NOW).orElseThrow());
        assertEquals(
                NOW.plus(Duration.ofHours(1)),
                SignInLockout.lockAfter(1000, NOW).orElseThrow());
    }
}
