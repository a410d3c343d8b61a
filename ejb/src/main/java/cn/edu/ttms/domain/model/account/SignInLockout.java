package cn.edu.ttms.domain.model.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A growing delay after repeated failed sign-ins: from the {@value #FREE_ATTEMPTS}th consecutive
 * failure the account is locked for one minute, doubling with each further failure up to an hour.
 * Guessing passwords becomes slow without locking a user out for long after a few typos.
 */
public final class SignInLockout {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);

    private SignInLockout() {}

    /** Until when an account is locked after {@code consecutiveFailures}, counted at {@code now}. */
    public static Optional<Instant> lockAfter(int consecutiveFailures, Instant now) {
        if (consecutiveFailures < FREE_ATTEMPTS) {
            return Optional.empty();
        }
        int doublings = Math.min(consecutiveFailures - FREE_ATTEMPTS, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return Optional.of(now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock));
    }
}
