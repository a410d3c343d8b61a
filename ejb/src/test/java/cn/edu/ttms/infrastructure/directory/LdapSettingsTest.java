package cn.edu.ttms.infrastructure.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.account.DirectoryAnswer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LdapSettingsTest {

    private static LdapSettings settings(String url, boolean startTls, String bindDn, String bindPassword) {
        return new LdapSettings(
                url,
                "dc=ttms,dc=test",
                bindDn,
                bindPassword,
                LdapSettings.DEFAULT_FILTER,
                "cn",
                null,
                startTls,
                3000,
                5000);
    }

    @Test
    void withoutAUrlThereIsNoDirectory() {
        assertFalse(settings(null, false, null, null).configured());
        assertFalse(settings(" ", false, null, null).configured());
        assertTrue(settings("ldap://127.0.0.1:389", false, null, null).configured());
    }

    @Test
    void sensibleSettingsHaveNoProblem() {
        assertEquals(
                Optional.empty(), settings("ldap://dc1:389", false, null, null).problem());
        assertEquals(
                Optional.empty(),
                settings("ldaps://dc1:636 ldaps://dc2:636", false, "cn=svc", "s")
                        .problem());
        assertEquals(
                Optional.empty(),
                settings("ldap://dc1:389", true, "cn=svc", "s").problem());
    }

    @Test
    void problemsAreNamed() {
        assertTrue(settings("http://dc1", false, null, null).problem().get().contains("ldap://"));
        assertTrue(
                settings("ldap://dc1 http://dc2", false, null, null).problem().isPresent());
        assertTrue(settings("ldaps://dc1", true, null, null).problem().get().contains("start-tls"));
        assertTrue(settings("ldap://dc1", false, "cn=svc", null).problem().get().contains("bind-password"));
        assertTrue(new LdapSettings("ldap://dc1", "dc=x", null, null, "(uid=admin)", "cn", null, false, 1, 1)
                .problem()
                .get()
                .contains("{0}"));
        assertTrue(new LdapSettings("ldap://dc1", null, null, null, "(uid={0})", "cn", null, false, 1, 1)
                .problem()
                .get()
                .contains("base-dn"));
    }

    @Test
    void theBindPasswordNeverShowsInTheSettingsText() {
        assertFalse(
                settings("ldap://dc1", false, "cn=svc", "S3cret!").toString().contains("S3cret!"));
    }

    @Test
    void anEmptyPasswordNeverReachesTheDirectory() {
        // an unauthenticated bind (a DN without a password) "succeeds" at most servers: refused before any connection
        LdapDirectory directory = new LdapDirectory(settings("ldap://127.0.0.1:9", false, null, null));
        assertEquals(
                DirectoryAnswer.Status.REFUSED,
                directory.authenticate("someone", new char[0]).status());
        assertEquals(
                DirectoryAnswer.Status.REFUSED,
                directory.authenticate("someone", null).status());
        assertEquals(
                DirectoryAnswer.Status.REFUSED,
                directory.authenticate(" ", "x".toCharArray()).status());
    }

    @Test
    void aDirectoryThatRefusesConnectionsIsUnavailableAtOnce() {
        LdapDirectory directory = new LdapDirectory(settings("ldap://127.0.0.1:9", false, null, null));
        long start = System.nanoTime();
        DirectoryAnswer answer = directory.authenticate("someone", "secret".toCharArray());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(DirectoryAnswer.Status.UNAVAILABLE, answer.status(), answer.reason());
        assertTrue(millis < 2000, millis + " ms");
    }

    @Test
    void misconfiguredSettingsAreUnavailableNotRefused() {
        LdapDirectory directory = new LdapDirectory(settings("ldaps://127.0.0.1:9", true, null, null));
        DirectoryAnswer answer = directory.authenticate("someone", "secret".toCharArray());
        assertEquals(DirectoryAnswer.Status.UNAVAILABLE, answer.status());
        assertTrue(answer.reason().contains("misconfigured"), answer.reason());
    }
}
