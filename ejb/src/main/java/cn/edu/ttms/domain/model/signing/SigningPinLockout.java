package cn.edu.ttms.domain.model.signing;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The growing delay after wrong signing PINs, in the manner of the sign-in lock-out: from the
 * {@code freeAttempts}th consecutive wrong PIN, signing is locked for {@code firstLock}, doubling with
 * each further wrong PIN up to {@code longestLock}. A few typos cost nothing; guessing a six-digit PIN
 * takes years instead of minutes.
 */
public record SigningPinLockout(int freeAttempts, Duration firstLock, Duration longestLock) {

    /** Five free attempts, then one minute doubling up to an hour: the sign-in lock-out's figures. */
    public static final SigningPinLockout STANDARD =
            new SigningPinLockout(5, Duration.ofMinutes(1), Duration.ofHours(1));

    public SigningPinLockout {
        Objects.requireNonNull(firstLock, "firstLock");
        Objects.requireNonNull(longestLock, "longestLock");
        if (freeAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt before the lock, not " + freeAttempts);
        }
        if (firstLock.isNegative() || firstLock.isZero() || longestLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException(
                    "locks must be positive and the longest at least the first: " + firstLock + ", " + longestLock);
        }
    }

    /** Until when signing is locked after {@code consecutiveFailures} wrong PINs, the last at {@code now}. */
    public Optional<Instant> lockAfter(int consecutiveFailures, Instant now) {
        if (consecutiveFailures < freeAttempts) {
            return Optional.empty();
        }
        // 2^20 × any sensible first lock is beyond any longest lock; the cap keeps the shift in range
        int doublings = Math.min(consecutiveFailures - freeAttempts, 20);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return Optional.of(now.plus(lock.compareTo(longestLock) > 0 ? longestLock : lock));
    }
}
