package cn.edu.ttms.domain.model.signing;

import cn.edu.ttms.domain.model.shared.Conflict;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Signing is locked after too many wrong signing PINs: no signature, not even with the right PIN,
 * until the time it names (China time, to the second, as the audit trail shows it) or until an
 * administrator clears the lock.
 */
public class SigningLocked extends Conflict {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final Instant lockedUntil;

    public SigningLocked(int failures, Instant lockedUntil) {
        super(
                "error.signing.locked",
                "signing is locked until " + lockedUntil + " after " + failures + " wrong signing PINs in a row",
                failures,
                SHOWN.format(lockedUntil));
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
