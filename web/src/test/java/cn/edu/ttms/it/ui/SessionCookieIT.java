package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A style sheet, script or image never starts a session. Signing in gives the session a new id;
 * a resource the page still had in flight with the old id used to start a fresh, anonymous
 * session whose cookie replaced the signed-in one, and the user landed on the sign-in page again
 * (now and then, in the browser tests). The resources are asked for here the way the browser did.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionCookieIT {

    private static final Pattern RESOURCE =
            Pattern.compile("(?:href|src)=\"([^\"]*jakarta\\.faces\\.resource/[^\"]+)\"");

    @ArquillianResource
    URL base;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aResourceWithAStaleOrNoSessionSetsNoCookie() throws Exception {
        HttpResponse<String> login = get(base + "login.xhtml", null);
        assertEquals(200, login.statusCode());
        List<String> resources = resourcesOf(login.body());
        assertTrue(resources.size() >= 3, "the sign-in page links its style sheets and scripts: " + resources);

        for (String resource : resources) {
            for (String cookie : new String[] {null, "JSESSIONID=a-session-that-was-renamed-at-sign-in"}) {
                HttpResponse<String> r = get(resource, cookie);
                assertEquals(200, r.statusCode(), resource);
                assertEquals(
                        List.of(),
                        r.headers().allValues("Set-Cookie"),
                        resource + " with cookie " + cookie + " must not start a session");
            }
        }
    }

    @Test
    void theLanguageChoiceIsReadWithoutASession() throws Exception {
        // the public home page in English, from the language cookie alone: no session is needed for it
        HttpResponse<String> home = get(base + "index.xhtml", "ttms-lang=en");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Welcome to the Teacher Training Management System"), home.body());
        HttpResponse<String> css = get(resourcesOf(home.body()).get(0), "ttms-lang=en");
        assertEquals(List.of(), css.headers().allValues("Set-Cookie"));
    }

    private List<String> resourcesOf(String html) {
        Matcher m = RESOURCE.matcher(html);
        List<String> found = new java.util.ArrayList<>();
        URI root = URI.create(base.toString());
        while (m.find()) {
            found.add(root.resolve(m.group(1).replace("&amp;", "&")).toString());
        }
        return found;
    }

    private HttpResponse<String> get(String url, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
