package cn.edu.ttms.it.api;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's session on the pages under {@code /app}, without a browser: signs in through the sign-in
 * form as a browser posts it (HTTP Basic is for {@code /api} only), then keeps the session cookie, for
 * downloads and pages that tests read as HTML.
 */
public final class WebSession {

    // HTTP/1.1 as browsers speak it on plain HTTP (an h2c upgrade answer lacks headers the server adds)
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"");
    /** The page's script nonce: PrimeFaces' script puts it into every form, and a postback without it fails. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");

    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private List<String> signInCookies = List.of();

    private WebSession(URI base) {
        this.base = base;
    }

    /** Signs in as a demo account; fails unless the form sends the user on, signed in. */
    public static WebSession signIn(URL base, String username) throws Exception {
        return signIn(base, username, Api.DEMO_PASSWORD);
    }

    /** Signs in with a password of one's own; fails unless the form sends the user on, signed in. */
    public static WebSession signIn(URL base, String username, String password) throws Exception {
        WebSession session = new WebSession(URI.create(base.toString()));
        HttpResponse<String> signedIn = session.submitSignIn(username, password);
        String to = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || !to.contains("/app/")) {
            throw new IllegalStateException(username + " could not sign in: " + signedIn.statusCode() + " " + to);
        }
        session.signInCookies = signedIn.headers().allValues("Set-Cookie");
        return session;
    }

    /** What the sign-in form answers to these credentials, whatever it is (a failed sign-in re-renders the page). */
    public static HttpResponse<String> attemptSignIn(URL base, String username, String password) throws Exception {
        return new WebSession(URI.create(base.toString())).submitSignIn(username, password);
    }

    private HttpResponse<String> submitSignIn(String username, String password) throws Exception {
        HttpResponse<String> form = send(request("login.xhtml").GET(), HttpResponse.BodyHandlers.ofString());
        Matcher state = VIEW_STATE.matcher(form.body());
        if (form.statusCode() != 200 || !state.find()) {
            throw new IllegalStateException("no sign-in form: " + form.statusCode() + " " + form.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:continue", "");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put(
                "jakarta.faces.ViewState", state.group(1).replace("&#58;", ":").replace("&amp;", "&"));
        Matcher nonce = NONCE.matcher(form.body());
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        String body = fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(
                request("login.xhtml")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A page, as text. */
    public HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The Set-Cookie headers of the answer that signed in, exactly as the server wrote them. */
    public List<String> signInCookies() {
        return signInCookies;
    }

    /** An empty form POST with extra request headers (Origin, Sec-Fetch-Site…), as a browser would send it. */
    public HttpResponse<String> post(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody());
        headers.forEach(b::header);
        return send(b, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A download, as bytes. */
    public HttpResponse<byte[]> download(String path) throws Exception {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "zh-CN");
        if (!cookies.isEmpty()) {
            b.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return b;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws Exception {
        HttpResponse<T> response = HTTP.send(request.build(), body);
        List<String> set = response.headers().allValues("Set-Cookie");
        for (String cookie : set) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(
                        pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return response;
    }
}
