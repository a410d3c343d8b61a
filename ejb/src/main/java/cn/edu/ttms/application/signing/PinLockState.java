package cn.edu.ttms.application.signing;

import cn.edu.ttms.domain.model.signing.SigningPinLock;
import java.io.Serializable;
import java.time.Instant;

/**
 * A signer's wrong signing PINs in a row and until when signing is (or was last) locked, as the
 * signer's certificate page, the API and the administrator see it.
 */
public record PinLockState(int failures, Instant lockedUntil) implements Serializable {

    private static final long serialVersionUID = 1L;

    static final PinLockState NONE = new PinLockState(0, null);

    static PinLockState of(SigningPinLock lock) {
        return new PinLockState(lock.failures(), lock.lockedUntil());
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Whether signing is locked right now (for pages). */
    public boolean isLocked() {
        return lockedAt(Instant.now());
    }
}
