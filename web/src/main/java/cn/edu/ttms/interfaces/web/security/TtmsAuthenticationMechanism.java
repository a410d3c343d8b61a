package cn.edu.ttms.interfaces.web.security;

import cn.edu.ttms.application.account.SignInOutcome;
import cn.edu.ttms.application.account.SignInService;
import cn.edu.ttms.application.account.SignInService.Channel;
import cn.edu.ttms.interfaces.rest.problem.Problem;
import cn.edu.ttms.interfaces.shared.RequestId;
import cn.edu.ttms.interfaces.shared.RequestLog;
import cn.edu.ttms.interfaces.web.RequestLogFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Sign-in for the two kinds of client: people on pages (a sign-in form, remembered in the HTTP
 * session) and other systems on {@code /api/*} (HTTP Basic on every request, no session). Jakarta
 * Security 3 takes one mechanism per application, so this one serves both.
 */
@ApplicationScoped
public class TtmsAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "ttms.caller";
    /**
     * A request attribute with the message key of a refusal that is not the generic one (a directory
     * that cannot be reached, a directory user without an account here); absent otherwise.
     */
    public static final String REFUSAL = "ttms.signInRefusal";

    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    ApiCredentialCache credentials;

    @Inject
    SignInService signIns;

    @Inject
    RequestLog requestLog;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        // this runs before any filter: the 401 and the redirect to the sign-in page written here get them too
        SecurityHeaders.apply(response);
        RequestId.of(request, response);
        if (isApi(request)) {
            return basic(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            return redirectToSignIn(request, response);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result =
                AccountIdentityStore.via(Channel.FORM, () -> identityStores.validate(credential));
        SignInOutcome.Status refusal = AccountIdentityStore.lastRefusal();
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            String key = refusalKey(refusal);
            if (key != null) {
                request.setAttribute(REFUSAL, key);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        request.getSession(true)
                .setAttribute(
                        SESSION_CALLER,
                        new SessionCaller(
                                result.getCallerPrincipal().getName(), new HashSet<>(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(
                        Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return unauthorized(request, response);
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                String username = decoded.substring(0, colon);
                String password = decoded.substring(colon + 1);
                var remembered = credentials.lookup(username, password, signIns.credentialStamp(username));
                if (remembered.isPresent()) {
                    return context.notifyContainerAboutLogin(remembered.get());
                }
                UsernamePasswordCredential credential = new UsernamePasswordCredential(username, password);
                CredentialValidationResult result =
                        AccountIdentityStore.via(Channel.API, () -> identityStores.validate(credential));
                SignInOutcome.Status refusal = AccountIdentityStore.lastRefusal();
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    // read after the sign-in's own transaction, which may have moved the version on
                    credentials.remember(username, password, result, signIns.credentialStamp(username));
                    return context.notifyContainerAboutLogin(result);
                }
                credentials.forget(username);
                String key = refusalKey(refusal);
                if (key != null) {
                    return unauthorized(request, response, key);
                }
            }
            return unauthorized(request, response);
        }
        return context.isProtected() ? unauthorized(request, response) : context.doNothing();
    }

    /** The message key of a refusal that is told as it is; null for the generic answer. */
    static String refusalKey(SignInOutcome.Status refusal) {
        if (refusal == null) {
            return null;
        }
        return switch (refusal) {
            case DIRECTORY_UNAVAILABLE -> "login.failed.directoryUnavailable";
            case NOT_PROVISIONED -> "login.failed.notProvisioned";
            default -> null;
        };
    }

    /** 401 with the text of a refusal that is told as it is (see {@link #refusalKey}) as the problem's detail. */
    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String key) {
        boolean english = english(request);
        String detail = ResourceBundle.getBundle(
                        "cn.edu.ttms.interfaces.web.messages", english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE)
                .getString(key);
        return unauthorized(request, response, english ? "Unauthorized" : "未登录", detail);
    }

    /** 401 as RFC 9457 problem JSON, in the caller's language (Chinese unless English is asked for). */
    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        return english(request)
                ? unauthorized(
                        request, response, "Unauthorized", "Sign in with a valid username and password (HTTP Basic).")
                : unauthorized(request, response, "未登录", "请使用有效的用户名和密码（HTTP Basic）登录。");
    }

    private AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpServletResponse response, String title, String detail) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"ttms\", charset=\"UTF-8\"");
        try {
            Problem.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, title, detail);
        } catch (IOException e) {
            // the client went away; the status is what matters
        }
        answered(request, response, HttpServletResponse.SC_UNAUTHORIZED);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean english(HttpServletRequest request) {
        return String.valueOf(request.getHeader("Accept-Language"))
                .toLowerCase()
                .startsWith("en");
    }

    /**
     * The log line of a request answered here, before any filter (which never runs for it). Not when a page asked
     * for the sign-in inside a request that the filter handles: it writes the line.
     */
    private void answered(HttpServletRequest request, HttpServletResponse response, int status) {
        if (request.getAttribute(RequestLogFilter.HANDLING) == null) {
            requestLog.write(request, status, RequestId.of(request, response), null);
        }
    }

    private AuthenticationStatus redirectToSignIn(HttpServletRequest request, HttpServletResponse response) {
        String target =
                request.getRequestURI().substring(request.getContextPath().length())
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?continue="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        answered(request, response, HttpServletResponse.SC_FOUND);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
