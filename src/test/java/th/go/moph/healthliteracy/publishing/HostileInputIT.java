package th.go.moph.healthliteracy.publishing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.content.domain.Citation;
import th.go.moph.healthliteracy.content.domain.ContentDraft;
import th.go.moph.healthliteracy.content.domain.Licence;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.platform.SchemaMigration;
import th.go.moph.healthliteracy.publishing.application.FeedConsumers;
import th.go.moph.healthliteracy.testing.ActingAs;
import th.go.moph.healthliteracy.testing.Await;
import th.go.moph.healthliteracy.testing.ContentLibrary;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/**
 * Script in every text field an editor or administrator types — title, summary, body, attribution, source title,
 * correction note, topic and agency names — published, then looked for on every public surface: the item's page, the
 * home, topic and search pages, the search and suggest APIs, the GovChannel feed, Atom, JSON Feed and the sitemap.
 * Markup pages must carry it only escaped, JSON only as JSON (never served as HTML), so no surface runs it.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final String SCRIPT = "<script>alert('xss')</script>";
    private static final String HANDLER = "<img src=x onerror=alert('xss')>";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ContentLibrary library;

    @Inject
    ActingAs acting;

    @Inject
    FeedConsumers consumers;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void scriptTypedAnywhereRunsNowhere() throws Exception {
        String marker = "hostile" + UUID.randomUUID().toString().substring(0, 8);
        String payload = marker + "\"'>" + SCRIPT + HANDLER;
        Agency agency = fixtures.agency(payload);
        String topic = fixtures.topic("t" + marker, "หัวข้อ " + payload, "Topic " + payload);
        ContentDraft draft = new ContentDraft("ไข้เลือดออก " + payload, "สรุป " + payload,
                "<p>ย่อหน้า " + payload + "</p><p><a href=\"javascript:alert(1)\">link</a></p>",
                new java.util.TreeSet<>(List.of(topic)), java.util.EnumSet.of(Audience.ADULTS), Licence.CC_BY_4_0,
                "ผู้เขียน " + payload, List.of(new Citation("แหล่ง " + payload, "https://example.org/?q=" + marker)),
                "", "", "แก้ไข " + payload);
        UUID id = library.published(agency, "th", draft);
        String slug = slugOf(id);

        acting.become(fixtures.account(agency, Role.SYSTEM_ADMIN, GrantScope.ALL_AGENCIES));
        String key = consumers.register("hostile " + marker, "", 100_000, null).apiKey();
        String q = URLEncoder.encode(marker, StandardCharsets.UTF_8);
        Await.until(() -> get("api/v1/search?q=" + q, null).body().contains(slug), Duration.ofSeconds(30),
                "the item indexed");
        Await.until(() -> get("th/" + slug, null).statusCode() == 200, Duration.ofSeconds(30), "the page");

        Map<String, HttpResponse<String>> markup = Map.of("item page", get("th/" + slug, null),
                "home", get("th/", null), "topic page", get("th/topics/" + topic, null),
                "search page", get("th/search?q=" + q, null), "Atom", get("feed.atom?lang=th", null),
                "sitemap", get("sitemap.xml", null));
        for (var page : markup.entrySet()) {
            String body = page.getValue().body();
            assertTrue(body.contains(marker), page.getKey() + " shows the item");
            // read as a browser or feed reader would: the payload may be there as text, never as markup
            org.jsoup.nodes.Document parsed = page.getKey().equals("Atom") || page.getKey().equals("sitemap")
                    ? org.jsoup.Jsoup.parse(body, "", org.jsoup.parser.Parser.xmlParser()) : org.jsoup.Jsoup.parse(body);
            assertTrue(parsed.select("script:not([type=application/ld+json])").stream()
                    .noneMatch(e -> e.data().contains("xss")), page.getKey() + " runs the script element");
            for (var data : parsed.select("script[type=application/ld+json]")) { // data, whole: it did not break out
                jakarta.json.Json.createReader(new java.io.StringReader(data.data())).readValue();
            }
            assertTrue(parsed.select("[onerror], [onclick], [onload]").isEmpty(), page.getKey() + " has a handler");
            assertTrue(parsed.select("a[href^=javascript:]").isEmpty(), page.getKey() + " has a script link");
            if (parsed.selectFirst("content[type=html]") != null) { // Atom's HTML content, as a reader renders it
                org.jsoup.nodes.Document content = org.jsoup.Jsoup.parse(parsed.select("content[type=html]").text());
                assertTrue(content.select("script, [onerror], a[href^=javascript:]").isEmpty(), "Atom's content");
            }
        }
        Map<String, HttpResponse<String>> json = Map.of("search API", get("api/v1/search?q=" + q, null),
                "suggest API", get("api/v1/suggest?q=" + URLEncoder.encode("ไข้เลือดออก", StandardCharsets.UTF_8), null),
                "JSON Feed", get("feed.json?lang=th", null), "GovChannel feed", get("api/v1/items/" + id, key));
        for (var answer : json.entrySet()) {
            String type = answer.getValue().headers().firstValue("Content-Type").orElse("");
            assertTrue(type.contains("json") && !type.contains("html"), answer.getKey() + " is served as " + type);
            assertEquals("nosniff", answer.getValue().headers().firstValue("X-Content-Type-Options").orElse(""),
                    answer.getKey());
            assertFalse(answer.getValue().body().contains("href=\\\"javascript:"), answer.getKey() + " keeps the link");
        }
        assertTrue(json.get("GovChannel feed").body().contains(marker), "the feed has the item");
    }

    private static void assertEquals(String expected, String actual, String what) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual, what);
    }

    private String slugOf(UUID id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select slug from content_item where id = ?")) {
            s.setObject(1, id);
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private HttpResponse<String> get(String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path)).timeout(Duration.ofSeconds(30));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
