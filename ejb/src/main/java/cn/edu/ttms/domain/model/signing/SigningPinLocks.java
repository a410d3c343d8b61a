package cn.edu.ttms.domain.model.signing;

import cn.edu.ttms.domain.model.organisation.DataScope;
import java.util.List;
import java.util.Optional;

/** The signers' PIN locks ({@link SigningPinLock}). */
public interface SigningPinLocks {

    /** The account's lock as it stands, without holding it. */
    Optional<SigningPinLock> of(long accountId);

    /**
     * The account's lock, created when it has none, held against concurrent attempts of the same
     * signer until the transaction ends, so that two wrong PINs at once are both counted.
     */
    SigningPinLock forUpdate(long accountId);

    /** Locks with wrong PINs counted, of accounts at units in {@code scope}, newest first. */
    List<SigningPinLock> withFailuresIn(DataScope scope);
}
