package cn.edu.ttms.domain.model.account;

import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.shared.AuditScope;
import cn.edu.ttms.domain.model.shared.Audited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in. Belongs to exactly one organisation and holds one or more roles there;
 * the organisation is the root of everything the account may see (its data scope).
 *
 * <p>The password is held only as a PBKDF2 hash produced by the container's
 * {@code Pbkdf2PasswordHash}; this class never sees a clear password.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.findByUsername", query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(
        name = "UserAccount.countWithRole",
        query = "SELECT COUNT(u) FROM UserAccount u WHERE :role MEMBER OF u.roles")
public class UserAccount implements Audited {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @Column(name = "display_name", nullable = false, length = 80)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    @AuditScope
    private Organisation organisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    /** Consecutive failed sign-ins; written by {@code SignInService} with single-row updates. */
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in")
    private Instant lastSignIn;

    /** The teacher this account belongs to, for accounts that hold the TEACHER role. */
    @Column(name = "teacher_id")
    private Long teacherId;

    /** Until the person sets their own password, nothing but the change form is open to them. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /** {@link OneTimePasswords#hash} of the password an administrator handed out; null once used up. */
    @Column(name = "one_time_password_hash", length = 120)
    private String oneTimePasswordHash;

    @Column(name = "one_time_password_expires")
    private Instant oneTimePasswordExpires;

    /** Signs in against the configured directory (LDAP); no password is held here. */
    @Column(name = "directory_user", nullable = false)
    private boolean directoryUser;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by", length = 40)
    private String createdBy;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(
            String username, String displayName, String passwordHash, Organisation organisation, Set<Role> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username must be 2-40 lower-case letters, digits, . _ -");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("display name is required");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("an account holds at least one role");
        }
        this.username = username;
        this.displayName = displayName.strip();
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.roles = EnumSet.copyOf(roles);
    }

    /** No hash matches this: an account that has only a one-time password or signs in at the directory. */
    public static final String NO_PASSWORD = "!";

    /** A new account opened by {@code by}, signing in first with a one-time password. */
    public static UserAccount opened(
            String username,
            String displayName,
            Organisation organisation,
            Set<Role> roles,
            String oneTimePasswordHash,
            Instant expires,
            String by,
            Instant at) {
        UserAccount account = new UserAccount(username, displayName, NO_PASSWORD, organisation, roles);
        account.issueOneTimePassword(oneTimePasswordHash, expires);
        account.createdBy = by;
        account.createdAt = at;
        return account;
    }

    /** A new account whose password is checked by the directory; it never holds one here. */
    public static UserAccount ofDirectory(
            String username, String displayName, Organisation organisation, Set<Role> roles, String by, Instant at) {
        UserAccount account = new UserAccount(username, displayName, NO_PASSWORD, organisation, roles);
        account.directoryUser = true;
        account.createdBy = by;
        account.createdAt = at;
        return account;
    }

    /** The person chose a password: the one-time password, if any, is used up. */
    public void changePasswordHash(String newHash) {
        if (directoryUser) {
            throw new IllegalStateException("a directory account has no password here");
        }
        this.passwordHash = Objects.requireNonNull(newHash);
        this.oneTimePasswordHash = null;
        this.oneTimePasswordExpires = null;
        this.passwordChangeRequired = false;
    }

    /**
     * An administrator handed out a one-time password (new account or reset): the old password
     * stops working, a lock is lifted, and the person must choose a password at the next sign-in.
     */
    public void issueOneTimePassword(String hash, Instant expires) {
        if (directoryUser) {
            throw new IllegalStateException("a directory account has no password here");
        }
        this.oneTimePasswordHash = Objects.requireNonNull(hash);
        this.oneTimePasswordExpires = Objects.requireNonNull(expires);
        this.passwordHash = NO_PASSWORD;
        this.passwordChangeRequired = true;
        unlock();
    }

    public void rename(String newDisplayName) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new IllegalArgumentException("display name is required");
        }
        this.displayName = newDisplayName.strip();
    }

    /** Moves the account to another unit (a teacher who changes school keeps their account). */
    public void moveTo(Organisation unit) {
        this.organisation = Objects.requireNonNull(unit);
    }

    /** Replaces the roles; a teacher link stays only while the account is a TEACHER account. */
    public void assignRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("an account holds at least one role");
        }
        this.roles = EnumSet.copyOf(newRoles);
        if (!roles.contains(Role.TEACHER)) {
            this.teacherId = null;
        }
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    /** Lifts a sign-in lock and forgets the failures that led to it. */
    public void unlock() {
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    public boolean hasOneTimePassword() {
        return oneTimePasswordHash != null;
    }

    public boolean oneTimePasswordExpiredAt(Instant now) {
        return oneTimePasswordExpires != null && !oneTimePasswordExpires.isAfter(now);
    }

    /** Links a TEACHER account to the teacher's record in the registry. */
    public void linkTeacher(Long teacherId) {
        if (!roles.contains(Role.TEACHER)) {
            throw new IllegalStateException("only a TEACHER account belongs to a teacher");
        }
        this.teacherId = teacherId;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean enabled() {
        return enabled;
    }

    public int failedSignIns() {
        return failedSignIns;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastSignIn() {
        return lastSignIn;
    }

    public Long teacherId() {
        return teacherId;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public String oneTimePasswordHash() {
        return oneTimePasswordHash;
    }

    public Instant oneTimePasswordExpires() {
        return oneTimePasswordExpires;
    }

    public boolean directoryUser() {
        return directoryUser;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    /** Never the password hash: a password change is recorded as its own audit action. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("displayName", displayName);
        state.put("organisation", organisation.id());
        state.put("roles", roles);
        state.put("enabled", enabled);
        state.put("teacherId", teacherId);
        state.put("directory", directoryUser);
        state.put("passwordChangeRequired", passwordChangeRequired);
        return state;
    }

    public long version() {
        return version;
    }
}
