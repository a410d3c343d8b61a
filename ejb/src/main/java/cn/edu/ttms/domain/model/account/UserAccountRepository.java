package cn.edu.ttms.domain.model.account;

import cn.edu.ttms.domain.model.organisation.DataScope;
import java.util.Optional;
import java.util.OptionalLong;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    /**
     * What a node compares with the stamp it saw when it remembered a credential (another node may have changed
     * the account since): the account's version, which every edit of its password, roles or standing moves on,
     * and whether a lock-out is on record (written as a counter, without moving the version).
     */
    OptionalLong credentialStamp(String username);

    /** The roles, organisation and teacher of an account, for every request it makes: one read, nothing managed. */
    Optional<AccountStanding> standing(String username);

    UserAccount store(UserAccount account);

    boolean anyHolds(Role role);

    /** Enabled accounts holding {@code role} at units in {@code scope}, by name. */
    java.util.List<UserAccount> holding(Role role, DataScope scope);

    Optional<UserAccount> find(long id);

    /** The account if its unit lies in {@code scope}; otherwise empty, as if it did not exist. */
    Optional<UserAccount> find(long id, DataScope scope);

    /** How many accounts at units in {@code scope} are locked out of signing in at {@code now}. */
    long countLockedAt(DataScope scope, java.time.Instant now);

    void recordFailedSignIn(long accountId, int consecutiveFailures, java.time.Instant lockedUntil);

    void recordSuccessfulSignIn(long accountId, java.time.Instant at);

    /** Replaces a weaker hash of the same password (single row, no version bump, not a password change). */
    void upgradePasswordHash(long accountId, String previous, String upgraded);

    /** The accounts of a teacher (TEACHER accounts linked to the record), to reach them with a notice. */
    java.util.List<UserAccount> ofTeacher(long teacherId);

    /** Writes pending changes now (an account opened at sign-in is audited under the person's name). */
    void flush();

    /** One page of the accounts an administrator may manage (one scoped query; organisations and roles fetched with it). */
    java.util.List<UserAccount> manageable(AccountQuery query, int first, int max);

    long countManageable(AccountQuery query);

    /**
     * The names of the accounts with these usernames and of their units, in one query (a page of audit entries
     * names its actors with one look-up, not one per row). Usernames without an account are left out.
     */
    java.util.Map<String, AccountName> namesOf(java.util.Collection<String> usernames);
}
