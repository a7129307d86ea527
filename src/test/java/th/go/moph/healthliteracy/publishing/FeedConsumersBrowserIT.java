package th.go.moph.healthliteracy.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import th.go.moph.healthliteracy.testing.EditorBrowser;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/**
 * The feed consumers screen in Chromium: the administrator registers a channel, sees its key once, the key opens the
 * feed, and after "I have copied it" the page no longer holds the key anywhere.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedConsumersBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    void theAdministratorRegistersAChannelAndSeesItsKeyOnce() throws Exception {
        try (EditorBrowser admin = new EditorBrowser(base)) {
            admin.signInAsFirstAdministrator();
            admin.open("admin/consumers.xhtml");
            String name = "ช่องทางทดสอบ " + UUID.randomUUID();
            admin.type("register:name", name);
            admin.type("register:view", "lang=th");
            admin.click("register:add");
            String key = admin.waitFor(By.id("apiKey")).getText();
            assertTrue(key.startsWith("hlp_"), key);

            HttpResponse<String> feed = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(URI.create(base + "api/v1/feed?limit=1"))
                            .header("Authorization", "Bearer " + key).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, feed.statusCode(), feed.body());

            admin.click("shown:dismiss");
            admin.waitForText(By.id("consumers"), name);
            assertFalse(admin.driver().getPageSource().contains(key), "the key is shown once only");
            assertTrue(admin.driver().findElement(By.id("consumers")).getText().contains(key.substring(0, 10)),
                    "its hint tells it apart");
        }
    }
}
