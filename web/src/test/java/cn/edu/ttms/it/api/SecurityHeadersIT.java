package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The headers of every kind of answer over real HTTP (issue 14, findings 6 and 7): a script policy
 * whose nonce every script of the page carries, no framing, no sniffing, no referrer beyond the
 * site, no server or version names; the session cookie's attributes; and a sign-out that another
 * site cannot trigger.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final String STRICT = "default-src 'none'; frame-ancestors 'none'";
    private static final Pattern RESOURCE =
            Pattern.compile("(?:href|src)=\"([^\"]*jakarta\\.faces\\.resource/[^\"]+)\"");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern EVENT_HANDLER =
            Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @ArquillianResource
    URL base;

    // HTTP/1.1, as browsers speak it on plain HTTP: the server writes its name on those answers
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void theSignInPageAllowsOnlyItsOwnScriptsEachWithTheNonce() throws Exception {
        HttpResponse<String> page = get("login.xhtml");
        assertEquals(200, page.statusCode());
        assertPagePolicy(page);
    }

    @Test
    void signedInPagesHaveThePolicyToo() throws Exception {
        WebSession session = WebSession.signIn(base, "linxiang");
        for (String path : List.of("app/home.xhtml", "app/teachers/list.xhtml", "app/plans/list.xhtml")) {
            HttpResponse<String> page = session.get(path);
            assertEquals(200, page.statusCode(), path);
            assertPagePolicy(page);
        }
    }

    @Test
    void styleSheetsAndScriptsAreNeitherSniffedNorFramed() throws Exception {
        List<String> resources = resourcesOf(get("login.xhtml").body());
        assertTrue(resources.size() >= 3, resources.toString());
        for (String resource : resources) {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(resource)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), resource);
            assertHardened(r);
            assertEquals(
                    STRICT, r.headers().firstValue("Content-Security-Policy").orElse(""), resource);
        }
    }

    @Test
    void apiAnswersAndApiErrorsGetTheStrictPolicy() throws Exception {
        List<HttpResponse<String>> answers = List.of(
                Api.as(base, "teacher").get("/api/v1/me"),
                Api.as(base, "linxiang").get("/api/v1/teachers/999999999"),
                Api.as(base, "linxiang").post("/api/v1/credits/calculate", "{not json"),
                Api.anonymous(base).get("/api/v1/me"));
        assertEquals(
                List.of(200, 404, 401),
                List.of(
                        answers.get(0).statusCode(),
                        answers.get(1).statusCode(),
                        answers.get(3).statusCode()));
        assertTrue(
                answers.get(2).statusCode() / 100 == 4,
                "malformed JSON: " + answers.get(2).statusCode());
        for (HttpResponse<String> answer : answers) {
            assertHardened(answer);
            assertEquals(
                    STRICT,
                    answer.headers().firstValue("Content-Security-Policy").orElse(""),
                    answer.uri() + " " + answer.statusCode());
        }
        assertTrue(
                answers.get(0).headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        for (HttpResponse<String> error : answers.subList(1, 4)) {
            assertTrue(
                    error.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    error.uri() + " " + error.statusCode());
        }
    }

    @Test
    void redirectsAndMissingPagesNameNoServerEither() throws Exception {
        HttpResponse<String> redirect = get("app/home.xhtml");
        assertEquals(302, redirect.statusCode());
        assertHardened(redirect);
        HttpResponse<String> missing = get("no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertHardened(missing);
        HttpResponse<String> missingFile = get("no-such-file.txt");
        assertEquals(404, missingFile.statusCode());
        assertHardened(missingFile);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        WebSession session = WebSession.signIn(base, "linxiang");
        List<String> sessionCookies = session.signInCookies().stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .toList();
        assertEquals(1, sessionCookies.size(), session.signInCookies().toString());
        Map<String, String> attributes = attributesOf(sessionCookies.get(0));
        assertTrue(attributes.containsKey("httponly"), sessionCookies.get(0));
        assertTrue("Lax".equalsIgnoreCase(attributes.get("samesite")), sessionCookies.get(0));
        assertFalse(attributes.containsKey("secure"), "plain HTTP without app.cookie.secure: " + sessionCookies.get(0));
        for (String cookie : session.signInCookies()) {
            assertTrue("Lax".equalsIgnoreCase(attributesOf(cookie).get("samesite")), cookie);
        }
    }

    @Test
    void anotherSiteCannotSignTheUserOut() throws Exception {
        WebSession session = WebSession.signIn(base, "linxiang");
        String origin = base.getProtocol() + "://" + base.getAuthority();
        List<Map<String, String>> crossSite = List.of(
                Map.of("Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site"),
                Map.of("Origin", "http://evil.example"),
                Map.of("Sec-Fetch-Site", "cross-site"),
                Map.of("Sec-Fetch-Site", "same-site", "Origin", "http://other." + base.getHost()),
                Map.of("Origin", "null"),
                Map.of("Referer", "http://evil.example/page.html"));
        for (Map<String, String> headers : crossSite) {
            HttpResponse<String> refused = session.post("signout", headers);
            assertEquals(403, refused.statusCode(), headers.toString());
            assertHardened(refused);
            assertEquals(200, session.get("app/home.xhtml").statusCode(), "still signed in after " + headers);
        }

        HttpResponse<String> signedOut =
                session.post("signout", Map.of("Origin", origin, "Sec-Fetch-Site", "same-origin"));
        assertEquals(302, signedOut.statusCode());
        assertTrue(signedOut.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        HttpResponse<String> after = session.get("app/home.xhtml");
        assertEquals(302, after.statusCode(), "signed out");
        assertTrue(after.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
    }

    @Test
    void theAppsOwnSignOutButtonWorksFromAnOlderBrowserToo() throws Exception {
        // no Sec-Fetch-* headers, only the Referer of the page the button is on
        WebSession session = WebSession.signIn(base, "linxiang");
        HttpResponse<String> signedOut = session.post("signout", Map.of("Referer", base + "app/home.xhtml"));
        assertEquals(302, signedOut.statusCode());
        assertEquals(302, session.get("app/home.xhtml").statusCode(), "signed out");
    }

    /** The page's one policy: no framing, no plug-ins, scripts from here or with this answer's nonce. */
    private static void assertPagePolicy(HttpResponse<String> page) {
        assertHardened(page);
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy (two would both apply): " + policies);
        Map<String, List<String>> policy = directivesOf(policies.get(0));
        assertEquals(List.of("'none'"), policy.get("frame-ancestors"), policies.get(0));
        assertEquals(List.of("'none'"), policy.get("object-src"), policies.get(0));
        assertEquals(List.of("'self'"), policy.get("base-uri"), policies.get(0));
        assertEquals(List.of("'self'"), policy.get("form-action"), policies.get(0));
        List<String> scripts = policy.get("script-src");
        assertTrue(scripts != null && scripts.contains("'self'"), policies.get(0));
        assertFalse(scripts.contains("'unsafe-inline'") || scripts.contains("'unsafe-eval'"), policies.get(0));
        String nonce = scripts.stream()
                .filter(s -> s.startsWith("'nonce-"))
                .findFirst()
                .map(s -> s.substring(7, s.length() - 1))
                .orElseThrow(() -> new AssertionError(policies.get(0)));

        Matcher tags = SCRIPT_TAG.matcher(page.body());
        int count = 0;
        while (tags.find()) {
            count++;
            assertTrue(tags.group().contains("nonce=\"" + nonce + "\""), page.uri() + ": " + tags.group());
        }
        assertTrue(count > 0, "PrimeFaces pages have scripts");
        Matcher handler = EVENT_HANDLER.matcher(page.body());
        assertFalse(handler.find(), () -> page.uri() + " has an inline event handler: " + handler.group());
    }

    /** What every answer carries, and what none does. */
    private static void assertHardened(HttpResponse<?> r) {
        String what = r.uri() + " " + r.statusCode() + " " + r.headers().map();
        assertEquals(List.of("nosniff"), r.headers().allValues("X-Content-Type-Options"), what);
        assertEquals(List.of("same-origin"), r.headers().allValues("Referrer-Policy"), what);
        assertEquals(List.of("DENY"), r.headers().allValues("X-Frame-Options"), what);
        List<String> policies = r.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), what);
        assertEquals(List.of("'none'"), directivesOf(policies.get(0)).get("frame-ancestors"), what);
        assertEquals(List.of(), r.headers().allValues("Server"), what);
        assertEquals(List.of(), r.headers().allValues("X-Powered-By"), what);
    }

    private static Map<String, List<String>> directivesOf(String policy) {
        Map<String, List<String>> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            String[] words = directive.strip().split("\\s+");
            if (!words[0].isEmpty()) {
                directives.put(words[0].toLowerCase(), List.of(words).subList(1, words.length));
            }
        }
        return directives;
    }

    private static Map<String, String> attributesOf(String setCookie) {
        Map<String, String> attributes = new LinkedHashMap<>();
        String[] parts = setCookie.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].strip().split("=", 2);
            attributes.put(pair[0].toLowerCase(), pair.length > 1 ? pair[1] : "");
        }
        return attributes;
    }

    private List<String> resourcesOf(String html) {
        Matcher m = RESOURCE.matcher(html);
        List<String> found = new ArrayList<>();
        URI root = URI.create(base.toString());
        while (m.find()) {
            found.add(root.resolve(m.group(1).replace("&amp;", "&")).toString());
        }
        return found;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept-Language", "zh-CN")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
