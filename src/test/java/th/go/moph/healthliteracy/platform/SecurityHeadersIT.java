package th.go.moph.healthliteracy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import th.go.moph.healthliteracy.testing.PortalDeployment;

/**
 * The headers that defend the pages: staff pages run scripts only with the nonce of the answer's own policy (no inline
 * handler, no eval), allow no plugins, foreign forms or framing; every answer forbids sniffing and framing; the
 * citizen site keeps its own stricter policy and carries no nonce at all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void staffPagesRunOnlyScriptsCarryingTheAnswersNonce() throws Exception {
        HttpResponse<String> page = get("signin.xhtml");
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        String scripts = policies.stream().filter(p -> p.contains("script-src")).findFirst().orElseThrow(
                () -> new AssertionError("no script policy: " + policies));
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(scripts);
        assertTrue(nonce.find(), scripts);
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), scripts);
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'") && p.contains("object-src 'none'")
                && p.contains("form-action 'self'")), policies.toString());
        Matcher tags = Pattern.compile("<script\\b[^>]*>").matcher(page.body());
        int count = 0;
        while (tags.find()) {
            count++;
            assertTrue(tags.group().contains("nonce=\"" + nonce.group(1) + "\""), "without the nonce: " + tags.group());
        }
        assertTrue(count > 0, "PrimeFaces' scripts are there");
        assertFalse(Pattern.compile("\\son[a-z]+=\"").matcher(page.body()).find(), "no inline event handler");
        common(page);
        assertEquals("", page.headers().firstValue("Strict-Transport-Security").orElse(""), "not over plain http");
    }

    @Test
    void theCitizenSiteKeepsItsOwnPolicyAndNoNonce() throws Exception {
        HttpResponse<String> page = get("th/");
        assertEquals(200, page.statusCode());
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        assertTrue(policies.get(0).contains("script-src 'self';") && !policies.get(0).contains("nonce"),
                policies.get(0));
        assertFalse(page.body().contains("nonce="), "no nonce on the site");
        common(page);
        assertTrue(get("api/v1/search?q=x").headers().firstValue("X-Content-Type-Options").isPresent());
    }

    /**
     * A forged post — the right username and password even — does nothing without the view state of a page the portal
     * served to that session (Faces treats it as a first visit and only shows the form; with another session's state,
     * the page comes back afresh).
     */
    @Test
    void aPostThePortalsOwnPageDidNotSendDoesNothing() throws Exception {
        java.util.Properties admin = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(
                System.getProperty("portal.test.dataDir"), "first-administrator.txt"))) {
            admin.load(in);
        }
        String form = "signin=signin&signin%3Ausername=" + admin.getProperty("username") + "&signin%3Apassword="
                + java.net.URLEncoder.encode(admin.getProperty("password"), java.nio.charset.StandardCharsets.UTF_8)
                + "&signin%3Asubmit=";
        HttpResponse<String> noState = post("signin.xhtml", form);
        assertEquals(200, noState.statusCode());
        assertTrue(noState.headers().firstValue("Location").isEmpty() && noState.body().contains("signin:password"),
                "not signed in: the form again");

        HttpResponse<String> page = get("signin.xhtml");
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(state.find());
        HttpResponse<String> stolen = post("signin.xhtml", form + "&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(state.group(1), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(302, stolen.statusCode(), "another session's view state: " + stolen.body());
        assertTrue(stolen.headers().firstValue("Location").orElse("").contains("signin.xhtml?expired=true"),
                "back to the page afresh, nothing done");
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** No tracking: a privacy notice in both languages, no cookie, and nothing loaded from anywhere but the portal. */
    @Test
    void theSiteTracksNobodyAndSaysSo() throws Exception {
        HttpResponse<String> thai = get("th/privacy");
        assertEquals(200, thai.statusCode());
        assertTrue(thai.body().contains("ประกาศความเป็นส่วนตัว") && thai.body().contains("พ.ศ. 2562"));
        HttpResponse<String> english = get("en/privacy");
        assertTrue(english.body().contains("Privacy notice"));
        for (HttpResponse<String> page : List.of(thai, english, get("th/"), get("en/search?q=dengue"))) {
            assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no cookie: " + page.uri());
            Matcher loaded = Pattern.compile("<(?:script|img|link|iframe|source|video|audio)\\b[^>]*(?:src|href)="
                    + "\"(https?:)?//([^/\"]+)").matcher(page.body());
            while (loaded.find()) {
                assertEquals(base.getHost() + ":" + base.getPort(), loaded.group(2), "loaded from elsewhere: "
                        + loaded.group());
            }
            assertTrue(page.body().contains("/privacy\""), "every page links the notice");
        }
    }

    @Test
    void vulnerabilitiesHaveAPlaceToBeReported() throws Exception {
        HttpResponse<String> txt = get(".well-known/security.txt");
        assertEquals(200, txt.statusCode());
        assertTrue(txt.body().contains("Contact: mailto:security@example.org") && txt.body().contains("Expires: "),
                txt.body());
    }

    private static void common(HttpResponse<String> page) {
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(page.headers().firstValue("Referrer-Policy").isPresent());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
