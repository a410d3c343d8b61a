package cn.edu.ttms.domain.model.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The growing delay after wrong signing PINs, on a clock the test moves (no sleeping). */
class SigningPinLockoutTest {

    private static final Instant START = Instant.parse("2026-12-04T08:00:00Z");

    private Clock clock = Clock.fixed(START, ZoneOffset.UTC);

    private void wait(Duration d) {
        clock = Clock.offset(clock, d);
    }

    @Test
    void fourWrongPinsCostNothingTheFifthLocksForAMinuteAndEachFurtherOneDoubles() {
        SigningPinLockout policy = SigningPinLockout.STANDARD;
        for (int failures = 0; failures < 5; failures++) {
            assertTrue(policy.lockAfter(failures, clock.instant()).isEmpty(), "failures " + failures);
        }
        assertEquals(
                START.plus(Duration.ofMinutes(1)), policy.lockAfter(5, START).orElseThrow());
        assertEquals(
                START.plus(Duration.ofMinutes(2)), policy.lockAfter(6, START).orElseThrow());
        assertEquals(
                START.plus(Duration.ofMinutes(32)), policy.lockAfter(10, START).orElseThrow());
    }

    @Test
    void theDelayNeverExceedsTheLongestLockHoweverManyWrongPins() {
        SigningPinLockout policy = SigningPinLockout.STANDARD;
        assertEquals(
                START.plus(Duration.ofHours(1)), policy.lockAfter(11, START).orElseThrow());
        assertEquals(
                START.plus(Duration.ofHours(1)),
                policy.lockAfter(430, START).orElseThrow(),
                "the 430 guesses of the review");
        assertEquals(
                START.plus(Duration.ofHours(1)),
                policy.lockAfter(Integer.MAX_VALUE, START).orElseThrow());
    }

    @Test
    void theFiguresAreConfigurable() {
        SigningPinLockout quick = new SigningPinLockout(3, Duration.ofSeconds(2), Duration.ofSeconds(5));
        assertTrue(quick.lockAfter(2, START).isEmpty());
        assertEquals(START.plusSeconds(2), quick.lockAfter(3, START).orElseThrow());
        assertEquals(START.plusSeconds(4), quick.lockAfter(4, START).orElseThrow());
        assertEquals(START.plusSeconds(5), quick.lockAfter(5, START).orElseThrow());
        assertThrows(
                IllegalArgumentException.class,
                () -> new SigningPinLockout(0, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThrows(
                IllegalArgumentException.class, () -> new SigningPinLockout(5, Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SigningPinLockout(5, Duration.ofMinutes(2), Duration.ofMinutes(1)));
    }

    @Test
    void aSignerLockedRefusesUntilTheLockRunsOutAndTheNextWrongPinLocksForLonger() {
        SigningPinLock lock = new SigningPinLock(42L);
        for (int i = 1; i <= 4; i++) {
            assertTrue(lock.fail(SigningPinLockout.STANDARD, clock.instant()).isEmpty(), "wrong PIN " + i);
            assertFalse(lock.isLockedAt(clock.instant()));
            wait(Duration.ofSeconds(3));
        }
        Instant fifth = clock.instant();
        assertEquals(
                fifth.plus(Duration.ofMinutes(1)),
                lock.fail(SigningPinLockout.STANDARD, fifth).orElseThrow());
        assertEquals(5, lock.failures());
        assertEquals(fifth, lock.lastFailureAt());

        wait(Duration.ofSeconds(59));
        assertTrue(lock.isLockedAt(clock.instant()), "still locked a second before the minute is up");
        wait(Duration.ofSeconds(1));
        assertFalse(lock.isLockedAt(clock.instant()), "open again when the minute is up");
        assertEquals(5, lock.failures(), "the count survives the lock");

        Instant sixth = clock.instant();
        assertEquals(
                sixth.plus(Duration.ofMinutes(2)),
                lock.fail(SigningPinLockout.STANDARD, sixth).orElseThrow(),
                "the next wrong PIN locks for twice as long");
        assertTrue(lock.isLockedAt(clock.instant()));
    }

    @Test
    void aRightPinOrAnAdministratorClearsTheCountAndTheLock() {
        SigningPinLock lock = new SigningPinLock(42L);
        for (int i = 0; i < 7; i++) {
            lock.fail(SigningPinLockout.STANDARD, clock.instant());
        }
        assertTrue(lock.isLockedAt(clock.instant()));
        lock.clear();
        assertFalse(lock.isLockedAt(clock.instant()));
        assertEquals(0, lock.failures());
        assertTrue(
                lock.fail(SigningPinLockout.STANDARD, clock.instant()).isEmpty(),
                "after clearing, four free attempts again");
    }
}
