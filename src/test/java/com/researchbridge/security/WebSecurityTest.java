package com.researchbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.testsupport.DemoAccounts;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The web layer as a browser (or an attacker's page) meets it, over real HTTP: log-in needs the page's CSRF
 * token, the log-in form refuses huge input, every page carries the security headers, the session cookie is
 * SameSite and becomes Secure behind a TLS proxy, and no session id ever appears in a URL.
 * Same application context as the Chromium journeys (random port, demo data).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles({"test", "demo"})
class WebSecurityTest {

    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    /** A browser of its own: cookies kept, redirects not followed (we look at them). */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(HttpClient client, String path, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> credentials(String email) {
        var form = new LinkedHashMap<String, String>();
        form.put("username", email);
        form.put("password", DemoAccounts.PASSWORD);
        return form;
    }

    /** Signed in: a page for signed-in users opens instead of sending us to the log-in page. */
    private boolean signedIn(HttpClient client) throws IOException, InterruptedException {
        return get(client, "/projects").statusCode() == 200;
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    @Test
    void aLogInPostedWithoutTheTokenFromAnotherSiteDoesNotSignIn() throws Exception {
        var client = browser();
        var posted = postForm(client, "/login", credentials(DemoAccounts.RESEARCHER_KZ));
        assertThat(location(posted)).as("sent back to the log-in page").contains("/login");
        assertThat(signedIn(client)).isFalse();

        var withSession = browser();
        get(withSession, "/login");
        var noToken = postForm(withSession, "/login", credentials(DemoAccounts.RESEARCHER_KZ));
        assertThat(location(noToken)).endsWith("/login?expired");
        assertThat(signedIn(withSession)).as("a session of our own, still no token").isFalse();
    }

    @Test
    void aLogInWithAMadeUpTokenDoesNotSignIn() throws Exception {
        var client = browser();
        get(client, "/login");
        var form = credentials(DemoAccounts.RESEARCHER_CN);
        form.put("_csrf", "made-up-token");
        var posted = postForm(client, "/login", form);
        assertThat(location(posted)).endsWith("/login?expired");
        assertThat(signedIn(client)).isFalse();
    }

    @Test
    void theLogInPageCarriesTheTokenAndPostingItSignsIn() throws Exception {
        var client = browser();
        var page = get(client, "/login");
        var token = META_CSRF.matcher(page.body());
        assertThat(token.find()).as("the CSRF token in the page, where the log-in form takes it from").isTrue();
        assertThat(page.body()).contains("<meta name=\"_csrf_parameter\" content=\"_csrf\"");

        var form = credentials(DemoAccounts.RESEARCHER_CN);
        form.put("_csrf", token.group(1));
        var posted = postForm(client, "/login", form);
        assertThat(location(posted)).doesNotContain("/login");
        assertThat(signedIn(client)).isTrue();
    }

    @Test
    void aHugeLogInIsRefusedBeforeAnythingReadsIt() throws Exception {
        var client = browser();
        var huge = credentials("x".repeat(2_000_000) + "@kaznu.kz");
        var posted = postForm(client, "/login", huge);
        assertThat(posted.statusCode()).isEqualTo(413);

        var longName = postForm(client, "/login", credentials("y".repeat(1_000) + "@kaznu.kz"));
        assertThat(location(longName)).as("no account has such a name: the usual answer at once").endsWith("/login?error");
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/login", "/projects", "/styles.css"}) {
            var headers = get(browser(), path).headers();
            assertThat(headers.firstValue("Content-Security-Policy").orElse("")).as("CSP of %s", path)
                    .contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                            "object-src 'none'", "form-action 'self'", "frame-ancestors 'self'");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy").orElse("")).as(path)
                    .contains("camera=()", "microphone=()", "geolocation=()");
            assertThat(headers.allValues("X-Frame-Options")).as(path).containsExactly("SAMEORIGIN");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureOnlyBehindTls() throws Exception {
        for (String path : new String[] {"/", "/login"}) {
            var cookie = sessionCookie(get(browser(), path));
            assertThat(cookie).as(path).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        }
        var behindProxy = browser().send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sessionCookie(behindProxy)).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void noRedirectCarriesTheSessionIdInItsUrl() throws Exception {
        var client = browser();
        var redirects = new LinkedHashMap<String, String>();
        redirects.put("GET /projects", location(get(client, "/projects")));
        redirects.put("GET /VAADIN/missing", location(get(browser(), "/VAADIN/missing")));
        redirects.put("GET /nowhere", location(get(browser(), "/nowhere")));
        redirects.put("POST /logout without token", location(postForm(browser(), "/logout", Map.of())));
        redirects.put("POST /login without token", location(postForm(browser(), "/login", Map.of())));
        assertThat(redirects.values()).as("%s", redirects).allMatch(l -> !l.isEmpty())
                .noneMatch(l -> l.toLowerCase().contains("jsessionid"));
    }

    @Test
    void theSiteHasAnIconOfItsOwn() throws Exception {
        var icon = browser().send(HttpRequest.newBuilder(uri("/favicon.ico")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).as("an ICO file").startsWith(0, 0, 1, 0);
        assertThat(get(browser(), "/favicon.svg").body()).startsWith("<svg");
        assertThat(get(browser(), "/login").body()).contains("rel=\"icon\"", "favicon.svg", "favicon.ico");
    }
}
