package cn.edu.ttms.infrastructure.directory;

import java.util.Locale;
import java.util.Optional;

/**
 * The directory's settings, from MicroProfile Config ({@code app.ldap.*}, docs/ldap.md). Without
 * {@code app.ldap.url} there is no directory and only local accounts sign in.
 *
 * @param url {@code ldap://host:389} or {@code ldaps://host:636} (several separated by spaces); null when no directory is configured
 * @param baseDn where users are searched (the whole subtree)
 * @param bindDn the service account that searches; null to search anonymously
 * @param bindPassword its password
 * @param userFilter the search filter, {@code {0}} standing for the escaped username
 * @param displayNameAttribute the attribute with the person's name
 * @param identityNumberAttribute the attribute with the identity number, or null
 * @param startTls upgrade an {@code ldap://} connection with StartTLS before any bind
 * @param connectTimeoutMs how long to wait for the TCP connection
 * @param readTimeoutMs how long to wait for each answer of the directory
 */
public record LdapSettings(
        String url,
        String baseDn,
        String bindDn,
        String bindPassword,
        String userFilter,
        String displayNameAttribute,
        String identityNumberAttribute,
        boolean startTls,
        int connectTimeoutMs,
        int readTimeoutMs) {

    public static final String DEFAULT_FILTER = "(uid={0})";

    public boolean configured() {
        return url != null && !url.isBlank();
    }

    /** What is wrong with the settings of a configured directory, for the log and the audit trail; empty if nothing. */
    public Optional<String> problem() {
        if (!configured()) {
            return Optional.of("app.ldap.url is not set");
        }
        // one URL, or several separated by spaces: the JDK tries them in turn (a second domain controller)
        for (String one : url.strip().split("\\s+")) {
            String scheme = one.toLowerCase(Locale.ROOT);
            if (!scheme.startsWith("ldap://") && !scheme.startsWith("ldaps://")) {
                return Optional.of("app.ldap.url must start with ldap:// or ldaps://");
            }
            if (startTls && scheme.startsWith("ldaps://")) {
                return Optional.of("app.ldap.start-tls is for ldap:// only (ldaps:// is TLS from the start)");
            }
        }
        if (baseDn == null || baseDn.isBlank()) {
            return Optional.of("app.ldap.base-dn is not set");
        }
        if (bindDn != null && !bindDn.isBlank() && (bindPassword == null || bindPassword.isEmpty())) {
            return Optional.of("app.ldap.bind-dn is set but app.ldap.bind-password is not");
        }
        if (userFilter == null || !userFilter.contains(LdapFilter.PLACEHOLDER)) {
            return Optional.of("app.ldap.user-filter must contain {0}");
        }
        if (displayNameAttribute == null || displayNameAttribute.isBlank()) {
            return Optional.of("app.ldap.display-name-attribute is empty");
        }
        if (connectTimeoutMs <= 0 || readTimeoutMs <= 0) {
            return Optional.of("app.ldap.connect-timeout-ms and app.ldap.read-timeout-ms must be positive");
        }
        return Optional.empty();
    }

    public boolean anonymousSearch() {
        return bindDn == null || bindDn.isBlank();
    }

    @Override
    public String toString() { // never the bind password
        return "LdapSettings[url=" + url + ", baseDn=" + baseDn + ", bindDn=" + bindDn + ", userFilter=" + userFilter
                + ", displayNameAttribute=" + displayNameAttribute + ", identityNumberAttribute="
                + identityNumberAttribute + ", startTls=" + startTls + ", connectTimeoutMs=" + connectTimeoutMs
                + ", readTimeoutMs=" + readTimeoutMs + "]";
    }
}
