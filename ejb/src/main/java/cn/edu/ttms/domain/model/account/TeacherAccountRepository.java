package cn.edu.ttms.domain.model.account;

import cn.edu.ttms.domain.model.organisation.DataScope;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Teacher accounts in bulk and their account sheets: set-based reads and writes for tens of
 * thousands of accounts at once (one statement per few hundred rows, not one entity each).
 */
public interface TeacherAccountRepository {

    /** A teacher of the registry who has no account yet, with what their username may be made of. */
    record Candidate(
            long teacherId,
            String name,
            String identityNumber,
            long schoolId,
            String schoolName,
            String schoolPath,
            String schoolCode) {}

    /** A TEACHER account to open: linked to its teacher, at the teacher's school, waiting in {@code sheetId}. */
    record NewAccount(
            long id,
            String username,
            String displayName,
            long schoolId,
            String schoolPath,
            long teacherId,
            long sheetId) {}

    /** One line of a sheet at its fetch: an account still without any password. */
    record SheetLine(
            long accountId,
            long teacherId,
            String schoolName,
            String schoolPath,
            String name,
            String idSuffix,
            String username) {}

    /** A hashed one-time password for an account of a sheet being fetched. */
    record Issued(long accountId, String hash) {}

    /** An account put into a reissued sheet, for its audit entry and to forget its API credentials. */
    record Reissued(long accountId, String username, String schoolPath) {}

    /** Waits until no other opening of teacher accounts is under way, and holds them off until this transaction ends. */
    void lockOpenings();

    /** Teachers in the scope (a school or a whole county) without an account, by school then name. */
    List<Candidate> teachersWithoutAccount(DataScope scope);

    /** Of these teachers, those without an account (a teacher import's new teachers). */
    List<Candidate> teachersWithoutAccount(Collection<Long> teacherIds);

    /** How many teachers in the scope have no account yet. */
    long countTeachersWithoutAccount(DataScope scope);

    /** Teachers in the scope who have an account already. */
    long teachersWithAccount(DataScope scope);

    /** Which of these usernames are taken by an account. */
    Set<String> taken(Collection<String> usernames);

    /** Reserves {@code count} consecutive ids of the shared id sequence and returns the first. */
    long reserveIds(int count);

    /** Inserts the accounts (role TEACHER, no usable password, password change required) with their role rows. */
    void insert(List<NewAccount> accounts, Instant at, String by);

    /**
     * TEACHER accounts in the scope that hold no password, no one-time password and wait in no
     * sheet (a teacher who moved school before their sheet was fetched), by school: they go into the
     * next sheet of their new school.
     */
    java.util.Map<Long, List<Long>> accountsWithoutSheet(DataScope scope);

    /** Puts existing accounts into a sheet. */
    void assign(Collection<Long> accountIds, long sheetId);

    void store(AccountSheet sheet);

    Optional<AccountSheet> find(long id);

    /** The sheet if its school lies in {@code scope}; otherwise empty, as if it did not exist. */
    Optional<AccountSheet> find(long id, DataScope scope);

    /** Sheets of schools in the scope, newest first. */
    List<AccountSheet> under(DataScope scope, boolean unfetchedOnly, int first, int max);

    long countUnder(DataScope scope, boolean unfetchedOnly);

    /** Marks the sheet fetched if nobody did meanwhile; false if somebody did. */
    boolean markFetched(AccountSheet sheet);

    /** The accounts a sheet still hands a password to, by name. */
    List<SheetLine> lines(long sheetId);

    /**
     * Gives the accounts their hashed one-time passwords and takes them out of the sheet; they remember
     * it as the sheet that issued their password (for a reissue).
     */
    void issue(long sheetId, List<Issued> passwords, Instant expires);

    /**
     * Moves the accounts whose one-time password came from sheet {@code fromSheetId}, that are still at
     * the sheet's school and still have no password of their own (a password change is required, not a
     * directory account), into sheet {@code toSheetId}: their one-time passwords are withdrawn (hash and
     * expiry cleared), so that the lost sheet stops working at once. Returns how many.
     */
    int reissue(long fromSheetId, long schoolId, long toSheetId);

    /** The accounts waiting in a sheet. */
    List<Reissued> waitingIn(long sheetId);

    /** How many accounts still hold a password issued by this sheet's fetch (set their own, moved, …). */
    long issuedBy(long sheetId);

    /** A moved teacher's account leaves the sheet of the old school that was not fetched yet. */
    void leaveUnfetchedSheet(long accountId);
}
