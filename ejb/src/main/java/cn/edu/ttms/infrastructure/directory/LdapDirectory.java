package cn.edu.ttms.infrastructure.directory;

import cn.edu.ttms.application.account.Directory;
import cn.edu.ttms.application.account.DirectoryAnswer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Hashtable;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.PartialResultException;
import javax.naming.SizeLimitExceededException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.InvalidSearchFilterException;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.InitialLdapContext;
import javax.naming.ldap.LdapContext;
import javax.naming.ldap.StartTlsRequest;
import javax.naming.ldap.StartTlsResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The directory over LDAP with the JDK's own provider ({@code com.sun.jndi.ldap}): find the person's
 * entry with the service account (or anonymously), then bind as that entry with the password given.
 * Everything is on one connection, upgraded with StartTLS first when configured, so that neither the
 * service password nor the person's ever travels in the clear on such a connection. TLS trusts what
 * the JVM trusts (its trust store, docs/ldap.md); the host name in the certificate is checked.
 *
 * <p>Each step waits at most the configured connect and read time-outs; every failure of the
 * directory itself (down, slow, a wrong service password, a base DN that does not exist) answers
 * {@link DirectoryAnswer.Status#UNAVAILABLE}, and only a refused bind of the person answers
 * {@link DirectoryAnswer.Status#REFUSED}. Connections are not pooled: a sign-in is rare enough, and a
 * pooled connection would outlive a directory's restart.
 */
@ApplicationScoped
public class LdapDirectory implements Directory {

    private static final Logger LOG = Logger.getLogger(LdapDirectory.class.getName());
    private static final int MAX_USERNAME = 256;

    @Inject
    @ConfigProperty(name = "app.ldap.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "app.ldap.base-dn")
    Optional<String> baseDn;

    @Inject
    @ConfigProperty(name = "app.ldap.bind-dn")
    Optional<String> bindDn;

    @Inject
    @ConfigProperty(name = "app.ldap.bind-password")
    Optional<String> bindPassword;

    @Inject
    @ConfigProperty(name = "app.ldap.user-filter", defaultValue = LdapSettings.DEFAULT_FILTER)
    String userFilter;

    @Inject
    @ConfigProperty(name = "app.ldap.display-name-attribute", defaultValue = "cn")
    String displayNameAttribute;

    @Inject
    @ConfigProperty(name = "app.ldap.identity-number-attribute")
    Optional<String> identityNumberAttribute;

    @Inject
    @ConfigProperty(name = "app.ldap.start-tls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "app.ldap.connect-timeout-ms", defaultValue = "3000")
    int connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "app.ldap.read-timeout-ms", defaultValue = "5000")
    int readTimeoutMs;

    @Inject
    @ConfigProperty(name = "app.ldap.create-teachers", defaultValue = "false")
    boolean createTeachers;

    private LdapSettings settings;

    /** Whether the last attempt found the directory unavailable: the log says so once, and once when it is back. */
    private final AtomicBoolean down = new AtomicBoolean();

    public LdapDirectory() {
        // for CDI
    }

    /** A directory with these settings, outside the container (tests, tools). */
    public LdapDirectory(LdapSettings settings) {
        this.settings = settings;
    }

    @PostConstruct
    void init() {
        settings = new LdapSettings(
                url.map(String::strip).orElse(null),
                baseDn.orElse(null),
                bindDn.orElse(null),
                bindPassword.orElse(null),
                userFilter,
                displayNameAttribute,
                identityNumberAttribute.filter(a -> !a.isBlank()).orElse(null),
                startTls,
                connectTimeoutMs,
                readTimeoutMs);
        if (settings.configured()) {
            settings.problem()
                    .ifPresentOrElse(
                            p -> LOG.severe(
                                    "The directory (app.ldap.*) is misconfigured, directory sign-in will fail: " + p),
                            () -> LOG.info("Directory sign-in at " + settings.url() + " (" + settings + ")"));
            if (createTeachers && settings.identityNumberAttribute() == null) {
                LOG.warning("app.ldap.create-teachers is on but app.ldap.identity-number-attribute is not set:"
                        + " no teacher account will be opened at sign-in");
            }
        }
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    @Override
    public boolean opensTeacherAccounts() {
        return createTeachers && settings.identityNumberAttribute() != null;
    }

    @Override
    public DirectoryAnswer authenticate(String username, char[] password) {
        if (username == null || username.isBlank() || username.length() > MAX_USERNAME) {
            return DirectoryAnswer.refused("no usable username");
        }
        if (password == null || password.length == 0) {
            return DirectoryAnswer.refused("empty password (never sent: it would be an anonymous bind)");
        }
        Optional<String> problem = settings.problem();
        if (problem.isPresent()) {
            return unavailable("misconfigured: " + problem.get(), null);
        }
        LdapContext ctx = null;
        StartTlsResponse tls = null;
        try {
            try {
                ctx = new InitialLdapContext(environment(), null);
                if (settings.startTls()) {
                    tls = (StartTlsResponse) ctx.extendedOperation(new StartTlsRequest());
                    tls.negotiate();
                    if (!settings.anonymousSearch()) {
                        // binds on the same, now encrypted connection
                        bindAs(ctx, settings.bindDn(), settings.bindPassword());
                    }
                }
            } catch (AuthenticationException e) {
                return unavailable("the service account was refused (app.ldap.bind-dn, app.ldap.bind-password)", e);
            } catch (NamingException | IOException e) {
                return unavailable("cannot connect to " + settings.url(), e);
            }
            Optional<Entry> entry;
            try {
                entry = find(ctx, username.strip());
            } catch (Ambiguous e) {
                reachable();
                return DirectoryAnswer.refused("the user filter matches more than one entry");
            } catch (NameNotFoundException e) {
                return unavailable("app.ldap.base-dn " + settings.baseDn() + " does not exist", e);
            } catch (InvalidSearchFilterException e) {
                return unavailable("app.ldap.user-filter is not a valid filter", e);
            } catch (NamingException e) {
                return unavailable("the search failed", e);
            }
            if (entry.isEmpty()) {
                reachable();
                return DirectoryAnswer.refused("no such user in the directory");
            }
            try {
                bindAs(ctx, entry.get().dn(), password);
            } catch (AuthenticationException e) {
                reachable();
                return DirectoryAnswer.refused("wrong password (directory: " + e.getExplanation() + ")");
            } catch (NamingException e) {
                return unavailable("the bind as the user failed", e);
            }
            reachable();
            return DirectoryAnswer.authenticated(
                    entry.get().displayName(), entry.get().identityNumber());
        } finally {
            close(tls, ctx);
        }
    }

    private Hashtable<String, Object> environment() {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, settings.url());
        env.put("com.sun.jndi.ldap.connect.timeout", String.valueOf(settings.connectTimeoutMs()));
        env.put("com.sun.jndi.ldap.read.timeout", String.valueOf(settings.readTimeoutMs()));
        env.put("com.sun.jndi.ldap.connect.pool", "false");
        // Active Directory answers a search of the domain root with referrals to other partitions;
        // following them would reach servers nobody configured, and wait for each of them
        env.put(Context.REFERRAL, "ignore");
        if (settings.startTls() || settings.anonymousSearch()) {
            env.put(Context.SECURITY_AUTHENTICATION, "none");
        } else {
            env.put(Context.SECURITY_AUTHENTICATION, "simple");
            env.put(Context.SECURITY_PRINCIPAL, settings.bindDn());
            env.put(Context.SECURITY_CREDENTIALS, settings.bindPassword());
        }
        return env;
    }

    /** A simple bind on the context's connection (kept as it is, TLS included). */
    private static void bindAs(LdapContext ctx, String dn, Object password) throws NamingException {
        ctx.addToEnvironment(Context.SECURITY_AUTHENTICATION, "simple");
        ctx.addToEnvironment(Context.SECURITY_PRINCIPAL, dn);
        ctx.addToEnvironment(Context.SECURITY_CREDENTIALS, password);
        ctx.reconnect(null);
    }

    private record Entry(String dn, String displayName, String identityNumber) {}

    private static final class Ambiguous extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private Optional<Entry> find(LdapContext ctx, String username) throws NamingException, Ambiguous {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setCountLimit(2);
        controls.setTimeLimit(settings.readTimeoutMs());
        controls.setReturningObjFlag(false);
        controls.setReturningAttributes(
                settings.identityNumberAttribute() == null
                        ? new String[] {settings.displayNameAttribute()}
                        : new String[] {settings.displayNameAttribute(), settings.identityNumberAttribute()});
        String filter = LdapFilter.forUser(settings.userFilter(), username);
        SearchResult first = null;
        NamingEnumeration<SearchResult> results = ctx.search(settings.baseDn(), filter, controls);
        try {
            while (results.hasMore()) {
                SearchResult result = results.next();
                if (first != null) {
                    throw new Ambiguous();
                }
                first = result;
            }
        } catch (SizeLimitExceededException e) {
            throw new Ambiguous();
        } catch (PartialResultException e) {
            // a referral ignored (Active Directory): what was found before it stands
        } finally {
            results.close();
        }
        if (first == null) {
            return Optional.empty();
        }
        Attributes attributes = first.getAttributes();
        return Optional.of(new Entry(
                first.getNameInNamespace(),
                text(attributes.get(settings.displayNameAttribute())),
                settings.identityNumberAttribute() == null
                        ? null
                        : text(attributes.get(settings.identityNumberAttribute()))));
    }

    private static String text(Attribute attribute) throws NamingException {
        if (attribute == null || attribute.size() == 0) {
            return null;
        }
        Object value = attribute.get();
        String s = value instanceof byte[] bytes
                ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                : String.valueOf(value);
        return s.isBlank() ? null : s.strip();
    }

    private DirectoryAnswer unavailable(String why, Exception e) {
        String reason = e == null ? why : why + ": " + describe(e);
        if (down.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "Directory sign-in is unavailable (local accounts still sign in): " + reason);
        }
        return DirectoryAnswer.unavailable(reason);
    }

    private void reachable() {
        if (down.compareAndSet(true, false)) {
            LOG.info("The directory at " + settings.url() + " answers again");
        }
    }

    private static String describe(Throwable e) {
        StringBuilder s = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            s.append(' ').append(e.getMessage());
        }
        Throwable cause = e instanceof NamingException n && n.getRootCause() != null ? n.getRootCause() : e.getCause();
        if (cause != null && cause != e) {
            s.append(" (").append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                s.append(' ').append(cause.getMessage());
            }
            s.append(')');
        }
        return s.length() > 300 ? s.substring(0, 300) : s.toString();
    }

    private static void close(StartTlsResponse tls, LdapContext ctx) {
        try {
            if (tls != null) {
                tls.close();
            }
        } catch (IOException | RuntimeException e) {
            // closing anyway
        }
        try {
            if (ctx != null) {
                ctx.close();
            }
        } catch (NamingException e) {
            // nothing left to do
        }
    }
}
