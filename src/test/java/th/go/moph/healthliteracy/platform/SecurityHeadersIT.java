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

    private static void common(HttpResponse<String> page) {
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(page.headers().firstValue("Referrer-Policy").isPresent());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
