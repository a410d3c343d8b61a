package cn.edu.ttms.domain.model.account;

import static cn.edu.ttms.domain.model.organisation.Units.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An account: its name rules, at least one role, one-time passwords that force a change, directory accounts
 * without a password here, and a teacher link only on a TEACHER account.
 */
class UserAccountTest {

    private static final Instant NOON = Instant.parse("2026-12-04T04:00:00Z");

    private final Organisation city = unit(null, OrganisationKind.CITY, "临沧市", 2);
    private final Organisation county = unit(city, OrganisationKind.COUNTY, "临翔区", 4);

    private UserAccount opened(Set<Role> roles) {
        return UserAccount.opened(
                "linxiang", "临翔区教育局", county, roles, "otp-hash", NOON.plusSeconds(3600), "city", NOON);
    }

    @Test
    void aUsernameIsTwoToFortyLowerCaseCharactersStartingWithALetterOrDigit() {
        Set<Role> staff = Set.of(Role.BUREAU_STAFF);
        assertEquals("a1", new UserAccount("a1", "甲", "h", county, staff).username());
        assertEquals("x".repeat(40), new UserAccount("x".repeat(40), "甲", "h", county, staff).username());
        for (String bad : new String[] {null, "a", "x".repeat(41), "Linxiang", "_admin", "张三", "lin xiang"}) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> new UserAccount(bad, "甲", "h", county, staff),
                    String.valueOf(bad));
        }
    }

    @Test
    void anAccountNeedsADisplayNameAUnitAndAtLeastOneRole() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new UserAccount("lx", " ", "h", county, Set.of(Role.BUREAU_STAFF)));
        assertThrows(IllegalArgumentException.class, () -> new UserAccount("lx", "甲", "h", county, Set.of()));
        assertThrows(
                NullPointerException.class, () -> new UserAccount("lx", "甲", "h", null, Set.of(Role.BUREAU_STAFF)));
        UserAccount a = new UserAccount("lx", " 甲 ", "h", county, Set.of(Role.BUREAU_STAFF));
        assertEquals("甲", a.displayName());
        assertTrue(a.enabled());
        assertThrows(IllegalArgumentException.class, () -> a.assignRoles(EnumSet.noneOf(Role.class)));
        assertTrue(a.holds(Role.BUREAU_STAFF), "a refused change keeps the roles");
    }

    @Test
    void anOpenedAccountHasOnlyAOneTimePasswordThatMustBeChanged() {
        UserAccount a = opened(Set.of(Role.BUREAU_STAFF));
        assertEquals(UserAccount.NO_PASSWORD, a.passwordHash());
        assertTrue(a.hasOneTimePassword());
        assertTrue(a.passwordChangeRequired());
        assertEquals("city", a.createdBy());
        assertFalse(a.oneTimePasswordExpiredAt(NOON.plusSeconds(3599)));
        assertTrue(a.oneTimePasswordExpiredAt(NOON.plusSeconds(3600)), "expired at the instant it ends");

        a.changePasswordHash("pbkdf2-hash");
        assertEquals("pbkdf2-hash", a.passwordHash());
        assertFalse(a.hasOneTimePassword());
        assertFalse(a.passwordChangeRequired());
        assertFalse(a.oneTimePasswordExpiredAt(NOON.plusSeconds(99_999)), "no one-time password, nothing expires");
    }

    @Test
    void aNewOneTimePasswordReplacesThePasswordAndLiftsALock() throws Exception {
        UserAccount a = new UserAccount("lx", "甲", "old-hash", county, Set.of(Role.BUREAU_STAFF));
        java.lang.reflect.Field locked = UserAccount.class.getDeclaredField("lockedUntil");
        locked.setAccessible(true);
        locked.set(a, NOON.plusSeconds(900));
        assertTrue(a.isLockedAt(NOON));
        assertFalse(a.isLockedAt(NOON.plusSeconds(900)), "unlocked at the instant the lock ends");

        a.issueOneTimePassword("otp-hash", NOON.plusSeconds(3600));
        assertEquals(UserAccount.NO_PASSWORD, a.passwordHash(), "the old password no longer works");
        assertTrue(a.passwordChangeRequired());
        assertFalse(a.isLockedAt(NOON));
        assertNull(a.lockedUntil());
        assertEquals(0, a.failedSignIns());
    }

    @Test
    void aDirectoryAccountHasNoPasswordHere() {
        UserAccount a = UserAccount.ofDirectory("zhangsan", "张三", county, Set.of(Role.BUREAU_STAFF), "admin", NOON);
        assertTrue(a.directoryUser());
        assertEquals(UserAccount.NO_PASSWORD, a.passwordHash());
        assertThrows(IllegalStateException.class, () -> a.changePasswordHash("h"));
        assertThrows(IllegalStateException.class, () -> a.issueOneTimePassword("h", NOON));
        assertFalse(a.passwordChangeRequired());
    }

    @Test
    void onlyATeacherAccountIsLinkedToATeacherAndLosingTheRoleUnlinksIt() {
        UserAccount staff = new UserAccount("lx", "甲", "h", county, Set.of(Role.BUREAU_STAFF));
        assertThrows(IllegalStateException.class, () -> staff.linkTeacher(42L));

        UserAccount teacher = new UserAccount("t530902", "李明", "h", county, Set.of(Role.TEACHER));
        teacher.linkTeacher(42L);
        assertEquals(42L, teacher.teacherId());
        teacher.assignRoles(Set.of(Role.TEACHER, Role.BUREAU_STAFF));
        assertEquals(42L, teacher.teacherId(), "still a teacher");
        teacher.assignRoles(Set.of(Role.BUREAU_STAFF));
        assertNull(teacher.teacherId());
    }

    @Test
    void theRolesHandedOutCannotChangeTheAccount() {
        UserAccount a = new UserAccount("lx", "甲", "h", county, EnumSet.of(Role.BUREAU_STAFF));
        assertThrows(UnsupportedOperationException.class, () -> a.roles().add(Role.ADMIN));
        assertFalse(a.holds(Role.ADMIN));
    }

    @Test
    void disablingRenamingAndMovingAreRecordedForTheAudit() {
        UserAccount a = new UserAccount("lx", "甲", "h", county, Set.of(Role.BUREAU_STAFF));
        a.disable();
        a.rename(" 乙 ");
        a.moveTo(city);
        assertEquals(false, a.auditState().get("enabled"));
        assertEquals("乙", a.auditState().get("displayName"));
        assertEquals(2L, a.auditState().get("organisation"));
        assertFalse(a.auditState().containsKey("passwordHash"), "no hash in the audit trail");
        assertThrows(IllegalArgumentException.class, () -> a.rename(null));
        a.enable();
        assertTrue(a.enabled());
    }
}
