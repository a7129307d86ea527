package th.go.moph.healthliteracy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.LocalStackSession;
import th.go.moph.healthliteracy.testing.PortalDeployment;
import th.go.moph.healthliteracy.testing.StaffHttpClient;

/**
 * Single sign-on through a real OpenID Connect provider (Keycloak, started for this test). The first time, the
 * provider's word is not enough: the person proves the portal account's password once in the same browser, which links
 * the provider's permanent id of them to the account; from then on the provider's login page alone signs them in. A
 * person the provider knows but who holds no portal password gets nowhere, whatever name they chose at the provider; a
 * callback replayed, or with a state this browser did not start, signs no one in.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class SingleSignOnIT {

    private static final String PORTAL_PASSWORD = "the editor's own portal password 3";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    Fixtures fixtures;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void anEditorWithAPortalAccount() {
        fixtures.accountWithPassword(fixtures.agency("Single sign-on"), "sso.editor", "สมชาย บรรณาธิการ",
                PORTAL_PASSWORD, Role.AUTHOR, GrantScope.OWN_AGENCY);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theFirstTimeThePortalPasswordLinksTheProvidersPerson() throws Exception {
        LocalStackSession.identityProvider();
        Browser browser = new Browser();
        assertTrue(browser.get(base + "signin.xhtml?lang=en").body().contains("Sign in with MOPH-ID"),
                "the page offers single sign-on");

        String callback = browser.logInAtTheProvider("sso.editor", "a long sso password 7");
        HttpResponse<String> back = browser.get(callback);
        assertTrue(back.headers().firstValue("Location").orElse("").contains("sso=link"), back.toString());
        assertEquals(302, browser.get(base + "editor/").statusCode(), "the provider's word alone is not enough yet");
        StaffHttpClient page = browser.portal();
        assertTrue(page.get("signin.xhtml?lang=en").body().contains("sso.editor"), "the page says whom it links");
        assertEquals("signed in", page.signIn("sso.editor", PORTAL_PASSWORD), "the portal password, once");

        HttpResponse<String> replayed = new Browser().get(callback);
        assertTrue(replayed.headers().firstValue("Location").orElse("").contains("sso=failed"),
                "the same answer from another browser signs no one in");
    }

    @Test
    @Order(3)
    @RunAsClient
    void thenTheProviderAloneSignsIn() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> back = browser.get(browser.logInAtTheProvider("sso.editor", "a long sso password 7"));
        assertEquals(302, back.statusCode(), back.body());
        assertTrue(back.headers().firstValue("Location").orElse("").endsWith("/editor/"), "on to the editor");
        HttpResponse<String> editor = browser.get(base + "editor/");
        assertEquals(200, editor.statusCode());
        assertTrue(editor.body().contains("สมชาย บรรณาธิการ"), "signed in as the linked portal account");
    }

    @Test
    @Order(4)
    @RunAsClient
    void someoneTheProviderKnowsButWithoutAPortalPasswordGetsNowhere() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> back = browser.get(browser.logInAtTheProvider("sso.stranger", "a long sso password 8"));
        assertTrue(back.headers().firstValue("Location").orElse("").contains("sso=link"), back.toString());
        assertTrue(!"signed in".equals(browser.portal().signIn("sso.editor", "a long sso password 8")),
                "the provider's password is not the portal's");
        assertEquals(302, browser.get(base + "editor/").statusCode(), "not signed in");
    }

    @Test
    @Order(5)
    @RunAsClient
    void anAnswerWithAnotherStateIsRefused() throws Exception {
        Browser browser = new Browser();
        String callback = browser.logInAtTheProvider("sso.editor", "a long sso password 7");
        HttpResponse<String> forged = browser.get(callback.replaceFirst("state=[^&]+", "state=forged"));
        assertTrue(forged.headers().firstValue("Location").orElse("").contains("sso=failed"), forged.toString());
        assertEquals(302, browser.get(base + "editor/").statusCode(), "not signed in");
    }

    /** A browser's cookies and redirects, one step at a time. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        /** The portal's pages, posted as a browser posts them, on this browser's cookies. */
        StaffHttpClient portal() {
            return new StaffHttpClient(base, "198.51.100.150", http);
        }

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** From the portal's single sign-on link through the provider's login page: the callback URL it sends back. */
        String logInAtTheProvider(String username, String password) throws IOException, InterruptedException {
            HttpResponse<String> start = get(base + "signin/sso");
            assertEquals(302, start.statusCode(), start.body());
            String authorize = start.headers().firstValue("Location").orElseThrow();
            assertTrue(authorize.contains("code_challenge_method=S256") && authorize.contains("nonce="), authorize);
            HttpResponse<String> login = get(authorize);
            assertEquals(200, login.statusCode(), login.body());
            Element form = Jsoup.parse(login.body()).getElementById("kc-form-login");
            assertTrue(form != null, login.body());
            String body = Map.of("username", username, "password", password, "credentialId", "").entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            // Keycloak marks its cookies Secure; browsers keep and send those on http://localhost, java.net's
            // cookie store does not, so they go back as a browser would send them
            String cookies = login.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                    .collect(Collectors.joining("; "));
            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(form.attr("action")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, posted.statusCode(), posted.body());
            String callback = posted.headers().firstValue("Location").orElseThrow();
            assertTrue(callback.startsWith(base + "signin/sso/callback?"), callback);
            return callback;
        }
    }
}
