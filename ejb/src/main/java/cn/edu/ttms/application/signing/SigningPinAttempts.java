package cn.edu.ttms.application.signing;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.signing.SigningPinLock;
import cn.edu.ttms.domain.model.signing.SigningPinLockout;
import cn.edu.ttms.domain.model.signing.SigningPinLocks;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bookkeeping of signing-PIN attempts for {@link SignerCertificates}: each in a transaction of
 * its own, because the signature it belongs to is rolled back when the PIN is wrong or signing is
 * locked, and the count and the audit entry must survive exactly then. Not a use case of its own:
 * only {@link SignerCertificates} and {@link SigningLocks}, which check the caller, call it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SigningPinAttempts {

    @Inject
    SigningPinLocks locks;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "app.signing.pin-free-attempts", defaultValue = "5")
    int freeAttempts;

    @Inject
    @ConfigProperty(name = "app.signing.pin-first-lock-seconds", defaultValue = "60")
    long firstLockSeconds;

    @Inject
    @ConfigProperty(name = "app.signing.pin-longest-lock-seconds", defaultValue = "3600")
    long longestLockSeconds;

    Clock clock = Clock.systemUTC();

    private SigningPinLockout policy;

    @PostConstruct
    void configure() {
        policy = new SigningPinLockout(
                freeAttempts, Duration.ofSeconds(firstLockSeconds), Duration.ofSeconds(longestLockSeconds));
    }

    /** The lock that refuses the signer's signing now, if any; the refused attempt is recorded. */
    public Optional<PinLockState> lockOf(Signer signer) {
        Instant now = clock.instant();
        Optional<PinLockState> locked =
                locks.of(signer.accountId()).filter(l -> l.isLockedAt(now)).map(PinLockState::of);
        locked.ifPresent(state -> audit.recordAs(
                signer.username(),
                AuditAction.SIGNING_LOCKED,
                "UserAccount",
                signer.accountId(),
                signer.scopePath(),
                "signing refused: locked until " + state.lockedUntil() + " after " + state.failures() + " wrong PINs"));
        return locked;
    }

    /** The signer's count and lock as they stand, for them and an administrator to see. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PinLockState stateOf(long accountId) {
        return locks.of(accountId).map(PinLockState::of).orElse(PinLockState.NONE);
    }

    /** A wrong PIN: counted (two at once both count), audited; the lock it leads to, if any. */
    public PinLockState recordFailure(Signer signer) {
        // whole seconds: the database may keep no more, and the time told must be the time stored
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        SigningPinLock lock = locks.forUpdate(signer.accountId());
        Instant until = lock.fail(policy, now).orElse(null);
        audit.recordAs(
                signer.username(),
                AuditAction.SIGNING_PIN_FAILED,
                "UserAccount",
                signer.accountId(),
                signer.scopePath(),
                "wrong signing PIN, " + lock.failures() + " in a row"
                        + (until == null ? "" : ", signing locked until " + until));
        return PinLockState.of(lock);
    }

    /** A right PIN (or a new one): the count starts again. */
    public void recordSuccess(Signer signer) {
        locks.of(signer.accountId()).filter(l -> l.failures() > 0).ifPresent(SigningPinLock::clear);
    }

    /** An administrator's clearing, recorded as done by the current caller. */
    public void clear(Signer signer) {
        SigningPinLock lock = locks.forUpdate(signer.accountId());
        String was = lock.failures() + " wrong PINs, locked until " + lock.lockedUntil();
        lock.clear();
        audit.record(
                AuditAction.SIGNING_UNLOCKED,
                "UserAccount",
                signer.accountId(),
                signer.scopePath(),
                "signing lock of " + signer.username() + " cleared (" + was + ")");
    }

    /** Who tried: enough to count and to audit, with no entity crossing the transaction. */
    public record Signer(long accountId, String username, String scopePath) {}
}
