package cn.edu.ttms.application.account;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.audit.ConcurrentChanges;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.AccountQuery;
import cn.edu.ttms.domain.model.account.OneTimePasswords;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.RoleGrants;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.shared.Conflict;
import cn.edu.ttms.domain.model.shared.Forbidden;
import cn.edu.ttms.domain.model.shared.Invalid;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Account administration, delegated along the organisation tree (issue 15): an administrator
 * manages the accounts of their unit and everything below it, bureau staff and school
 * administrators the TEACHER accounts there. Three questions, in this order, on every use case:
 * is the unit or account inside the caller's subtree (404 if not, as everywhere), may the caller
 * manage the account as it is ({@link RoleGrants#mayManage}; 404 if not: another's account is not
 * even visible), and may the caller give the roles at the unit ({@link RoleGrants#mayGrant}; 403).
 * Every refusal is audited in a transaction of its own; every change fires {@link AccountChanged},
 * so that it takes effect on the very next request of the account.
 */
@Stateless
@RolesAllowed({"ADMIN", "BUREAU_STAFF", "SCHOOL_ADMIN"})
public class AccountAdministration {

    public static final int MAX_PAGE = 500;

    @Inject
    UserAccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    TeacherRepository teachers;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    ConcurrentChanges changes;

    @Inject
    Event<AccountChanged> changed;

    @Inject
    @ConfigProperty(name = "app.accounts.one-time-password-days", defaultValue = "30")
    int oneTimePasswordDays;

    /** The accounts the caller may manage, optionally under one unit and matching a text; one page and the total. */
    public AccountPage search(String text, Long unitId, int first, int size) {
        AccountQuery query = query(text, unitId);
        Instant now = Instant.now();
        List<AccountView> items =
                accounts.manageable(query, Math.max(0, first), Math.max(1, Math.min(size, MAX_PAGE))).stream()
                        .map(a -> AccountView.of(a, now))
                        .toList();
        return new AccountPage(items, accounts.countManageable(query));
    }

    /** One page (for the page's lazy table; the total comes from {@link #count}). */
    public List<AccountView> list(String text, Long unitId, int first, int size) {
        Instant now = Instant.now();
        return accounts
                .manageable(query(text, unitId), Math.max(0, first), Math.max(1, Math.min(size, MAX_PAGE)))
                .stream()
                .map(a -> AccountView.of(a, now))
                .toList();
    }

    public long count(String text, Long unitId) {
        return accounts.countManageable(query(text, unitId));
    }

    public AccountView get(long id) {
        return AccountView.of(manageable(id, "read"), Instant.now());
    }

    /** The units of the caller's subtree where it may open an account, in tree order, with what it may grant there. */
    public List<GrantableUnit> units() {
        Caller c = caller.get();
        Organisation top = organisations.find(c.organisationId()).orElseThrow();
        return organisations.findSubtree(top).stream()
                .filter(o -> !o.isClosed())
                .map(o -> new GrantableUnit(
                        o.id(),
                        o.name(),
                        o.kind(),
                        o.depth() - top.depth(),
                        RoleGrants.grantable(c.roles(), o.kind()).stream()
                                .sorted()
                                .toList()))
                .filter(u -> !u.grantable().isEmpty())
                .toList();
    }

    /** What the caller may grant at a unit of its subtree (404 outside it). */
    public Set<Role> grantableAt(long unitId) {
        return RoleGrants.grantable(
                caller.get().roles(), unit(unitId, "grantable roles").kind());
    }

    /**
     * Opens an account with a one-time password (shown to the administrator this once), or a
     * directory account with none. A TEACHER account may be linked to a teacher of that school;
     * a teacher has at most one account.
     */
    public OpenedAccount open(NewAccount request) {
        Caller c = caller.get();
        Organisation unit = unit(request.organisationId(), "open an account");
        if (unit.isClosed()) {
            throw new Invalid("error.account.unitClosed", "unit closed", unit.name());
        }
        requireGrantable(c, unit, request.roles(), null, "open " + request.username());
        if (accounts.findByUsername(request.username()).isPresent()) {
            throw new AccountConflict("error.account.usernameTaken", "username taken", request.username());
        }
        Teacher teacher = request.teacherId() == null ? null : teacher(request.teacherId(), unit, request.roles());
        Instant now = Instant.now();
        String oneTimePassword = request.directory() ? null : OneTimePasswords.generate();
        UserAccount account = request.directory()
                ? UserAccount.ofDirectory(
                        request.username(), request.displayName(), unit, request.roles(), c.username(), now)
                : UserAccount.opened(
                        request.username(),
                        request.displayName(),
                        unit,
                        request.roles(),
                        OneTimePasswords.hash(oneTimePassword),
                        expiry(now),
                        c.username(),
                        now);
        if (teacher != null) {
            account.linkTeacher(teacher.id());
        }
        accounts.store(account);
        if (!request.directory()) {
            audit.record(
                    AuditAction.PASSWORD_RESET,
                    "UserAccount",
                    account.id(),
                    unit.path(),
                    "one-time password issued with the new account, expires " + account.oneTimePasswordExpires());
        }
        changed.fire(new AccountChanged(account.username()));
        return new OpenedAccount(AccountView.of(account, now), oneTimePassword);
    }

    /**
     * Changes name, unit, roles and whether the account may sign in. The caller must be allowed to
     * manage the account both as it is and as it will be; nobody changes their own roles, unit or
     * standing here.
     */
    public AccountView change(long id, AccountChange request) {
        Caller c = caller.get();
        UserAccount account = manageable(id, "change");
        if (request.version() != null && request.version() != account.version()) {
            throw changes.describe("UserAccount", id);
        }
        Organisation unit = unit(request.organisationId(), "move account " + account.username());
        boolean moved = !unit.id().equals(account.organisation().id());
        boolean rolesChanged = !request.roles().equals(account.roles());
        if (account.username().equals(c.username())
                && (moved || rolesChanged || request.enabled() != account.enabled())) {
            refuse(account.id(), account.organisation().path(), "own roles, unit or standing");
            throw new Forbidden("error.account.self", "own account");
        }
        if (moved && unit.isClosed()) {
            throw new Invalid("error.account.unitClosed", "unit closed", unit.name());
        }
        requireGrantable(c, unit, request.roles(), account.id(), "change " + account.username());
        if (moved && account.teacherId() != null && request.roles().contains(Role.TEACHER)) {
            teachers.find(account.teacherId(), c.scope())
                    .filter(t -> !t.school().id().equals(unit.id()))
                    .ifPresent(t -> {
                        throw new Invalid("error.account.teacherElsewhere", "teacher not at the unit", unit.name());
                    });
        }
        account.rename(request.displayName());
        if (moved) {
            account.moveTo(unit);
        }
        if (rolesChanged) {
            account.assignRoles(request.roles());
        }
        if (request.enabled()) {
            account.enable();
        } else {
            account.disable();
        }
        changed.fire(new AccountChanged(account.username()));
        return AccountView.of(account, Instant.now());
    }

    /** A new one-time password: the old password stops working, the person chooses one at the next sign-in. */
    public String resetPassword(long id) {
        Caller c = caller.get();
        UserAccount account = manageable(id, "reset password");
        if (account.username().equals(c.username())) {
            refuse(account.id(), account.organisation().path(), "own password reset");
            throw new Forbidden("error.account.ownPassword", "own password");
        }
        if (account.directoryUser()) {
            throw new Invalid("error.account.directory", "directory account", account.username());
        }
        String oneTimePassword = OneTimePasswords.generate();
        Instant now = Instant.now();
        account.issueOneTimePassword(OneTimePasswords.hash(oneTimePassword), expiry(now));
        audit.record(
                AuditAction.PASSWORD_RESET,
                "UserAccount",
                account.id(),
                account.organisation().path(),
                "one-time password issued, expires " + account.oneTimePasswordExpires());
        changed.fire(new AccountChanged(account.username()));
        return oneTimePassword;
    }

    /** Lifts a sign-in lock (too many wrong passwords). */
    public AccountView unlock(long id) {
        UserAccount account = manageable(id, "unlock");
        account.unlock();
        audit.record(
                AuditAction.ACCOUNT_UNLOCKED,
                "UserAccount",
                account.id(),
                account.organisation().path(),
                null);
        changed.fire(new AccountChanged(account.username()));
        return AccountView.of(account, Instant.now());
    }

    private Instant expiry(Instant now) {
        return now.plus(Duration.ofDays(Math.max(1, oneTimePasswordDays)));
    }

    private AccountQuery query(String text, Long unitId) {
        Caller c = caller.get();
        String unitPath = unitId == null ? null : unit(unitId, "list accounts").path();
        return AccountQuery.forCaller(c.roles(), c.scope(), unitPath, text);
    }

    /** An account inside the subtree that the caller may manage as it is; otherwise as if it did not exist. */
    private UserAccount manageable(long id, String what) {
        Caller c = caller.get();
        UserAccount account = accounts.find(id).orElseThrow(() -> new RecordNotFound("UserAccount", id));
        if (accounts.find(id, c.scope()).isEmpty()
                || !RoleGrants.mayManage(c.roles(), account.organisation().kind(), account.roles())) {
            refuse(id, c.organisationPath(), what + ": account out of reach");
            throw new RecordNotFound("UserAccount", id);
        }
        return account;
    }

    private Organisation unit(long id, String what) {
        Caller c = caller.get();
        Organisation unit = organisations.find(id).orElseThrow(() -> new RecordNotFound("Organisation", id));
        if (organisations.find(id, c.scope()).isEmpty()) {
            refuse(null, c.organisationPath(), what + ": unit " + id + " outside the subtree");
            throw new RecordNotFound("Organisation", id);
        }
        return unit;
    }

    private void requireGrantable(Caller c, Organisation unit, Set<Role> roles, Long accountId, String what) {
        if (!RoleGrants.mayGrant(c.roles(), unit.kind(), roles)) {
            String asked = roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
            refuse(accountId, unit.path(), what + ": roles [" + asked + "] at " + unit.kind() + " " + unit.id());
            throw new Forbidden("error.account.roleNotGrantable", "roles not grantable", unit.name(), asked);
        }
    }

    private Teacher teacher(long teacherId, Organisation unit, Set<Role> roles) {
        Caller c = caller.get();
        if (!roles.contains(Role.TEACHER)) {
            throw new Invalid("error.account.teacherNeedsRole", "teacher link needs TEACHER");
        }
        Teacher teacher = teachers.find(teacherId, c.scope()).orElseThrow(() -> {
            refuse(null, c.organisationPath(), "teacher " + teacherId + " outside the subtree");
            return new RecordNotFound("Teacher", teacherId);
        });
        if (!teacher.school().id().equals(unit.id())) {
            throw new Invalid("error.account.teacherElsewhere", "teacher not at the unit", unit.name());
        }
        List<UserAccount> existing = accounts.ofTeacher(teacherId);
        if (!existing.isEmpty()) {
            throw new AccountConflict(
                    "error.account.teacherHasAccount",
                    "teacher has an account",
                    existing.get(0).username());
        }
        return teacher;
    }

    private void refuse(Long accountId, String scopePath, String detail) {
        audit.refusal(AuditAction.ACCESS_REFUSED, "UserAccount", accountId, scopePath, detail);
    }

    /** A unit where the caller may open accounts, {@code level} below its own, and the roles it may give there. */
    public record GrantableUnit(
            long id,
            String name,
            cn.edu.ttms.domain.model.organisation.OrganisationKind kind,
            int level,
            List<Role> grantable)
            implements java.io.Serializable {

        /** The name indented by its depth below the caller's unit, for a picker that shows the tree. */
        public String indented() {
            return "\u3000".repeat(Math.max(0, level)) + name;
        }
    }

    /** A conflict with an existing account (a username taken, a teacher who already has one): 409. */
    public static class AccountConflict extends Conflict {
        private static final long serialVersionUID = 1L;

        public AccountConflict(String key, String english, Object... args) {
            super(key, english, args);
        }
    }
}
