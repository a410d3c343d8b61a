package cn.edu.ttms.application.account;

import static cn.edu.ttms.domain.model.organisation.Units.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.AccountQuery;
import cn.edu.ttms.domain.model.account.AccountStanding;
import cn.edu.ttms.domain.model.account.OneTimePasswords;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.InMemoryUnits;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.organisation.Units;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherMove;
import cn.edu.ttms.domain.model.teacher.TeacherQuery;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * Delegated account administration below the container (issue 15): outside the subtree is as if it did not
 * exist, another's account is out of reach unless the caller could have given all its roles, a role that
 * cannot be given is refused; every refusal is audited, every change announced; nobody changes their own
 * roles or resets their own password here.
 */
class AccountAdministrationTest {

    private final Organisation city = unit(null, OrganisationKind.CITY, "临沧市", 2);
    private final Organisation linxiang = unit(city, OrganisationKind.COUNTY, "临翔区", 4);
    private final Organisation fengqing = unit(city, OrganisationKind.COUNTY, "凤庆县", 5);
    private final Organisation school = unit(linxiang, OrganisationKind.SCHOOL, "临翔区第一完全小学", 9);
    private final Organisation fengqingSchool = unit(fengqing, OrganisationKind.SCHOOL, "凤庆县第一完全小学", 10);

    private final Accounts accounts = new Accounts();
    private final List<String> refusals = new ArrayList<>();
    private final List<String> records = new ArrayList<>();
    private final List<String> announced = new ArrayList<>();
    private Caller me = new Caller("linxiang", Set.of(Role.BUREAU_STAFF), 4, "/2/4/", null);

    private AccountAdministration service() {
        AccountAdministration s = new AccountAdministration();
        s.accounts = accounts;
        s.organisations = new InMemoryUnits(city, linxiang, fengqing, school, fengqingSchool);
        s.teachers = new NoTeachers();
        s.oneTimePasswordDays = 30;
        s.caller = new CurrentCaller() {
            @Override
            public Caller get() {
                return me;
            }
        };
        s.audit = new AuditTrail() {
            @Override
            public void record(
                    AuditAction action, String entityType, Object entityId, String scopePath, String detail) {
                records.add(action + " " + scopePath + " " + detail);
            }

            @Override
            public void refusal(
                    AuditAction action, String entityType, Object entityId, String scopePath, String detail) {
                refusals.add(action + " " + scopePath + " " + detail);
            }
        };
        s.changed = new Announcements(announced);
        return s;
    }

    private UserAccount stored(String username, Organisation unit, Role... roles) {
        return accounts.store(new UserAccount(username, username, "hash", unit, Set.of(roles)));
    }

    @Test
    void bureauStaffOpenTeacherAccountsAtSchoolsOfTheirSubtreeWithAOneTimePassword() {
        OpenedAccount opened = service().open(new NewAccount("t0001", "李明", 9, Set.of(Role.TEACHER), null, false));

        assertEquals(List.of(Role.TEACHER), opened.account().roles());
        assertTrue(opened.account().passwordChangeRequired());
        UserAccount stored = accounts.findByUsername("t0001").orElseThrow();
        assertTrue(
                OneTimePasswords.matches(opened.initialPassword().toCharArray(), stored.oneTimePasswordHash()),
                "shown once, stored hashed");
        assertEquals("linxiang", stored.createdBy());
        assertEquals(List.of("t0001"), announced);
        assertEquals(1, records.size());
        assertTrue(records.get(0).startsWith("PASSWORD_RESET /2/4/9/ one-time password issued"), records.get(0));
    }

    @Test
    void aRoleThatCannotBeGivenThereIsRefusedAndTheRefusalAudited() {
        DomainException e = assertThrows(
                DomainException.class,
                () -> service().open(new NewAccount("lx2", "同事", 4, Set.of(Role.BUREAU_STAFF), null, false)));
        assertEquals("error.account.roleNotGrantable", e.messageKey());
        assertEquals(List.of("临翔区", "BUREAU_STAFF"), e.args());
        assertEquals(List.of("ACCESS_REFUSED /2/4/ open lx2: roles [BUREAU_STAFF] at COUNTY 4"), refusals);
        assertTrue(accounts.findByUsername("lx2").isEmpty());
        assertTrue(announced.isEmpty());
    }

    @Test
    void aUnitOutsideTheSubtreeIsAsIfItDidNotExist() {
        assertThrows(
                RecordNotFound.class,
                () -> service().open(new NewAccount("t0002", "王芳", 10, Set.of(Role.TEACHER), null, false)));
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).contains("unit 10 outside the subtree"), refusals.get(0));
    }

    @Test
    void aUsernameIsTakenOnceAndAClosedUnitTakesNoAccount() {
        stored("t0001", school, Role.TEACHER);
        DomainException taken = assertThrows(
                AccountAdministration.AccountConflict.class,
                () -> service().open(new NewAccount("t0001", "李明", 9, Set.of(Role.TEACHER), null, false)));
        assertEquals("error.account.usernameTaken", taken.messageKey());

        school.close(Instant.EPOCH);
        DomainException closed = assertThrows(
                DomainException.class,
                () -> service().open(new NewAccount("t0003", "赵强", 9, Set.of(Role.TEACHER), null, false)));
        assertEquals("error.account.unitClosed", closed.messageKey());
    }

    @Test
    void anAdministratorOpensADirectoryAccountWithoutAPassword() {
        me = new Caller("admin", Set.of(Role.ADMIN), 2, "/2/", null);
        OpenedAccount opened = service()
                .open(new NewAccount("zhangsan", "张三", 4, Set.of(Role.BUREAU_STAFF, Role.BUREAU_REVIEWER), null, true));
        assertNull(opened.initialPassword());
        assertTrue(opened.account().directory());
        assertTrue(records.isEmpty(), "no password issued, nothing to record");
        assertEquals(List.of("zhangsan"), announced);
    }

    @Test
    void aColleaguesAccountIsOutOfReachOfBureauStaff() {
        UserAccount colleague = stored("lx2", linxiang, Role.BUREAU_STAFF);
        assertThrows(RecordNotFound.class, () -> service().get(colleague.id()));
        assertThrows(RecordNotFound.class, () -> service().resetPassword(colleague.id()));
        assertEquals(2, refusals.size());
        assertTrue(refusals.get(1).contains("reset password: account out of reach"), refusals.get(1));
    }

    @Test
    void aResetIssuesANewOneTimePasswordButNotForOneselfNorADirectoryAccount() {
        UserAccount teacher = stored("t0001", school, Role.TEACHER);
        String otp = service().resetPassword(teacher.id());
        assertTrue(OneTimePasswords.matches(otp.toCharArray(), teacher.oneTimePasswordHash()));
        assertEquals(UserAccount.NO_PASSWORD, teacher.passwordHash());
        assertEquals(List.of("t0001"), announced);

        me = new Caller("admin", Set.of(Role.ADMIN), 2, "/2/", null);
        UserAccount admin = stored("admin", city, Role.ADMIN);
        DomainException own =
                assertThrows(DomainException.class, () -> service().resetPassword(admin.id()));
        assertEquals("error.account.ownPassword", own.messageKey());

        UserAccount directory = accounts.store(
                UserAccount.ofDirectory("zhangsan", "张三", linxiang, Set.of(Role.BUREAU_STAFF), "admin", Instant.EPOCH));
        DomainException dir =
                assertThrows(DomainException.class, () -> service().resetPassword(directory.id()));
        assertEquals("error.account.directory", dir.messageKey());
    }

    @Test
    void nobodyChangesTheirOwnRolesHereButMayRenameThemselves() {
        me = new Caller("admin", Set.of(Role.ADMIN), 2, "/2/", null);
        UserAccount admin = stored("admin", city, Role.ADMIN);
        DomainException self = assertThrows(
                DomainException.class,
                () -> service()
                        .change(
                                admin.id(),
                                new AccountChange("管理员", 2, Set.of(Role.ADMIN, Role.BUREAU_STAFF), true, null)));
        assertEquals("error.account.self", self.messageKey());
        assertEquals(Set.of(Role.ADMIN), admin.roles());
        assertEquals(1, refusals.size());

        AccountView renamed = service().change(admin.id(), new AccountChange("管理员", 2, Set.of(Role.ADMIN), true, null));
        assertEquals("管理员", renamed.displayName());
    }

    @Test
    void aChangeMovesAndReRolesAnotherAccountWithinWhatTheCallerMayGive() {
        me = new Caller("admin", Set.of(Role.ADMIN), 2, "/2/", null);
        UserAccount staff = stored("lx2", linxiang, Role.BUREAU_STAFF);
        AccountView changed =
                service().change(staff.id(), new AccountChange("凤庆同事", 5, Set.of(Role.BUREAU_REVIEWER), false, null));
        assertEquals(5L, changed.organisationId());
        assertEquals(List.of(Role.BUREAU_REVIEWER), changed.roles());
        assertFalse(changed.enabled());
        assertEquals(List.of("lx2"), announced);

        DomainException e = assertThrows(
                DomainException.class,
                () -> service()
                        .change(staff.id(), new AccountChange("凤庆同事", 10, Set.of(Role.BUREAU_REVIEWER), true, null)));
        assertEquals("error.account.roleNotGrantable", e.messageKey(), "a school has no reviewer");
        assertEquals(fengqing, staff.organisation(), "a refused change changes nothing");
        assertFalse(staff.enabled());
    }

    /** Accounts in memory; ids handed out on store. */
    private static final class Accounts implements UserAccountRepository {

        private final List<UserAccount> all = new ArrayList<>();
        private long nextId = 500;

        @Override
        public UserAccount store(UserAccount account) {
            if (account.id() == null) {
                Units.withId(account, nextId++);
                all.add(account);
            }
            return account;
        }

        @Override
        public Optional<UserAccount> find(long id) {
            return all.stream().filter(a -> a.id() == id).findFirst();
        }

        @Override
        public Optional<UserAccount> findByUsername(String username) {
            return all.stream().filter(a -> a.username().equals(username)).findFirst();
        }

        @Override
        public List<UserAccount> ofTeacher(long teacherId) {
            return all.stream()
                    .filter(a -> a.teacherId() != null && a.teacherId() == teacherId)
                    .toList();
        }

        @Override
        public Optional<AccountStanding> standing(String username) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.OptionalLong credentialStamp(String username) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<UserAccount> find(long id, DataScope scope) {
            return find(id).filter(a -> scope.includesPath(a.organisation().path()));
        }

        @Override
        public boolean anyHolds(Role role) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<UserAccount> holding(Role role, DataScope scope) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countLockedAt(DataScope scope, Instant now) {
            return all.stream()
                    .filter(a -> a.isLockedAt(now)
                            && scope.includesPath(a.organisation().path()))
                    .count();
        }

        @Override
        public void recordFailedSignIn(long accountId, int consecutiveFailures, Instant lockedUntil) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void recordSuccessfulSignIn(long accountId, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void upgradePasswordHash(long accountId, String previous, String upgraded) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flush() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<UserAccount> manageable(AccountQuery query, int first, int max) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, cn.edu.ttms.domain.model.account.AccountName> namesOf(Collection<String> usernames) {
            Map<String, cn.edu.ttms.domain.model.account.AccountName> names = new java.util.HashMap<>();
            all.stream()
                    .filter(a -> usernames.contains(a.username()))
                    .forEach(a -> names.put(
                            a.username(),
                            new cn.edu.ttms.domain.model.account.AccountName(
                                    a.username(),
                                    a.displayName(),
                                    a.organisation().name())));
            return names;
        }

        @Override
        public long countManageable(AccountQuery query) {
            throw new UnsupportedOperationException();
        }
    }

    /** No teacher is linked in these tests. */
    private static final class NoTeachers implements TeacherRepository {

        @Override
        public Optional<Teacher> find(long id, DataScope scope) {
            return Optional.empty();
        }

        @Override
        public Map<Long, Teacher> byIds(Collection<Long> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Member> members(DataScope scope) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void forgetLoaded() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void recordExported(List<Teacher> exported, String actor, java.time.Instant at, String detail) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Registration> registrationsAmong(Collection<String> identityNumbers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<Long, String> identityNumbers(Collection<Long> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Teacher> search(TeacherQuery query, DataScope scope, int first, int max) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(TeacherQuery query, DataScope scope) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<String> registeredAmong(Collection<String> identityNumbers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Teacher store(Teacher teacher) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flush() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void storeMove(TeacherMove move) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TeacherMove> moves(Teacher teacher) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Teacher> withIdentityNumber(String identityNumber) {
            throw new UnsupportedOperationException();
        }
    }

    /** Collects the usernames of the changes fired. */
    private record Announcements(List<String> usernames) implements Event<AccountChanged> {

        @Override
        public void fire(AccountChanged event) {
            usernames.add(event.username());
        }

        @Override
        public <U extends AccountChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends AccountChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<AccountChanged> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends AccountChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends AccountChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
