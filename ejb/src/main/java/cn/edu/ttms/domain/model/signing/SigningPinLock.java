package cn.edu.ttms.domain.model.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A signer's consecutive wrong signing PINs and, past the {@link SigningPinLockout}'s free attempts,
 * until when their signing is locked. Kept in the database, not in a node's memory, so that the
 * lock holds whichever node of a cluster the next attempt reaches. A right PIN or an administrator
 * clears it; a lock that has run out stops refusing but keeps the count, so the next wrong PIN
 * locks for longer.
 */
@Entity
@Table(name = "signing_pin_lock")
public class SigningPinLock {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    protected SigningPinLock() {
        // for JPA
    }

    public SigningPinLock(long accountId) {
        this.accountId = accountId;
    }

    /** A wrong PIN at {@code now}: counted, and signing locked when the policy says so; until when. */
    public Optional<Instant> fail(SigningPinLockout policy, Instant now) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(now, "now");
        failures++;
        lastFailureAt = now;
        Optional<Instant> until = policy.lockAfter(failures, now);
        lockedUntil = until.orElse(null);
        return until;
    }

    /** A right PIN, a new PIN or an administrator's word: the count starts again. */
    public void clear() {
        failures = 0;
        lockedUntil = null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public long accountId() {
        return accountId;
    }

    public int failures() {
        return failures;
    }

    /** Until when the last lock ran (possibly already past), or null when none was set. */
    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastFailureAt() {
        return lastFailureAt;
    }
}
