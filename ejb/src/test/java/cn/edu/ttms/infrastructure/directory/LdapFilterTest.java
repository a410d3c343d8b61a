package cn.edu.ttms.infrastructure.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LdapFilterTest {

    @Test
    void anOrdinaryUsernameStaysAsItIs() {
        assertEquals("(uid=zhang.san-01)", LdapFilter.forUser("(uid={0})", "zhang.san-01"));
        assertEquals("(sAMAccountName=张三)", LdapFilter.forUser("(sAMAccountName={0})", "张三"));
    }

    @Test
    void theFiveSpecialCharactersOfRfc4515AreEscaped() {
        assertEquals("\\2a", LdapFilter.escape("*"));
        assertEquals("\\28", LdapFilter.escape("("));
        assertEquals("\\29", LdapFilter.escape(")"));
        assertEquals("\\5c", LdapFilter.escape("\\"));
        assertEquals("\\00", LdapFilter.escape("\0"));
        assertEquals("a\\5c\\2ab\\28c\\29", LdapFilter.escape("a\\*b(c)"));
    }

    @Test
    void aWildcardMatchesNobodyButTheNameWithTheStar() {
        assertEquals("(uid=\\2a)", LdapFilter.forUser("(uid={0})", "*"));
        assertEquals("(uid=adm\\2a)", LdapFilter.forUser("(uid={0})", "adm*"));
    }

    @Test
    void aUsernameCannotAddConditionsToTheFilter() {
        // without escaping: (&(objectClass=person)(uid=x)(|(uid=*))) — anyone
        assertEquals(
                "(&(objectClass=person)(uid=x\\29\\28|\\28uid=\\2a\\29))",
                LdapFilter.forUser("(&(objectClass=person)(uid={0}))", "x)(|(uid=*)"));
    }

    @Test
    void everyPlaceholderIsFilled() {
        assertEquals("(|(uid=a\\2a)(mail=a\\2a))", LdapFilter.forUser("(|(uid={0})(mail={0}))", "a*"));
    }

    @Test
    void aFilterWithoutThePlaceholderIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LdapFilter.forUser("(uid=admin)", "x"));
        assertThrows(IllegalArgumentException.class, () -> LdapFilter.forUser(null, "x"));
    }
}
