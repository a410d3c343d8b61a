package cn.edu.ttms.domain.model.account;

import cn.edu.ttms.domain.model.audit.Audited;
import cn.edu.ttms.domain.model.organisation.Organisation;
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
@NamedQuery(name = "UserAccount.findByUsername",
        query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = "UserAccount.holding", query = "SELECT u FROM UserAccount u WHERE :role MEMBER OF u.roles"
        + " AND u.enabled = TRUE AND u.organisation.path LIKE :prefix ORDER BY u.displayName")
@NamedQuery(name = "UserAccount.countWithRole",
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

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String displayName, String passwordHash,
            Organisation organisation, Set<Role> roles) {
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

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
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

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditScope() {
        return organisation.path();
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
        return state;
    }

    public long version() {
        return version;
    }
}
