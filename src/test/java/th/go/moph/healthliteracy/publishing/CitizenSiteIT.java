package th.go.moph.healthliteracy.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.util.List;
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
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.platform.SchemaMigration;
import th.go.moph.healthliteracy.publishing.application.ProblemReports;
import th.go.moph.healthliteracy.testing.ActingAs;
import th.go.moph.healthliteracy.testing.Await;
import th.go.moph.healthliteracy.testing.ContentLibrary;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/**
 * The citizen site over HTTP: pages of published items with their agency, licence and Buddhist-era review dates;
 * stateless (no session cookie), cacheable and revalidated, under a strict Content-Security-Policy, without
 * PrimeFaces; 410 for withdrawn items, 404 saying the advice is being updated for suspended ones; sitemap and robots;
 * problem reports reaching the agency; and a draft's text on no public surface at all.
 */
@ExtendWith(ArquillianExtension.class)
class CitizenSiteIT {

    private static final Duration WITHIN = Duration.ofSeconds(20);

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
    ProblemReports reports;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void anArticlePageShowsWhatCitizensNeedAndNothingElse() throws Exception {
        Agency agency = fixtures.agency("Site Agency");
        String topic = fixtures.topic("heat-stroke", "โรคลมแดด", "Heat stroke");
        String marker = "ความลับร่าง" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = library.published(agency, "th", ContentLibrary.article("โรคลมแดด ป้องกันได้",
                "ดื่มน้ำบ่อย ๆ หลบแดดช่วงเที่ยง", "<p>อากาศร้อนจัด ควรดื่มน้ำอย่างน้อยวันละ 8 แก้ว</p>", topic,
                Audience.ELDERLY));
        UUID draft = library.draft(agency, "th", ContentLibrary.article("ร่าง " + marker, "ร่าง " + marker,
                "<p>" + marker + "</p>", topic, Audience.ELDERLY));
        String slug = slugOf(id);
        HttpResponse<String> page = await("th/" + slug, 200);

        String html = page.body();
        assertTrue(html.contains("โรคลมแดด ป้องกันได้"), html);
        assertTrue(html.contains(agency.nameTh()), "the owning agency");
        assertTrue(html.contains("CC BY 4.0") && html.contains("ผู้ทดสอบ"), "licence and attribution");
        String buddhistYear = Integer.toString(ThaiBuddhistDate.from(LocalDate.now().plusYears(3)).get(
                java.time.temporal.ChronoField.YEAR));
        assertTrue(html.contains(buddhistYear), "next review due in the Buddhist era: " + buddhistYear);
        assertTrue(html.contains("<html lang=\"th\"") || html.contains("lang=\"th\""), "lang attribute");
        assertTrue(html.contains("rel=\"canonical\""), "canonical");
        assertTrue(html.contains("\"@type\":\"MedicalWebPage\"") && html.contains("\"lastReviewed\""), "JSON-LD");
        assertTrue(html.contains("og:title"), "Open Graph");
        assertTrue(html.contains("social-plugins.line.me/lineit/share"), "LINE share link");
        assertFalse(html.toLowerCase().contains("primefaces"), "no PrimeFaces on public pages");
        assertFalse(html.contains("jakarta.faces.ViewState"), "no view state");
        assertFalse(html.contains("<script>") || html.contains("style=\""), "no inline script or style");
        assertTrue(page.headers().firstValue("Set-Cookie").isEmpty(), "no session: " + page.headers().map());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(page.headers().firstValue("Cache-Control").orElse("").contains("public"));
        for (String theme : List.of("ministry", "high-contrast")) {
            HttpResponse<String> themed = get("th/" + slug + "?theme=" + theme, null);
            assertEquals(200, themed.statusCode(), themed.body());
            assertTrue(themed.body().contains("/theme-assets/" + theme + "/site.css"), theme);
        }
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("th/" + slug, etag).statusCode());

        HttpResponse<String> root = get("", null);
        assertEquals(302, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/th/"));
        assertTrue(await("th/", 200).body().contains("โรคลมแดด ป้องกันได้"), "home lists it");
        assertTrue(get("th/topics/" + topic, null).body().contains("โรคลมแดด ป้องกันได้"), "topic page lists it");
        assertTrue(get("th/for/elderly", null).body().contains("โรคลมแดด ป้องกันได้"), "audience page lists it");
        HttpResponse<String> search = get("th/search?q=" + URLEncoder.encode("ลมแดด", StandardCharsets.UTF_8), null);
        assertEquals(200, search.statusCode());
        assertTrue(get("en/", null).body().contains("lang=\"en\""), "English home");
        assertEquals(404, get("th/no-such-page-" + UUID.randomUUID(), null).statusCode());
        assertEquals(404, get("th/topics/no-such-topic", null).statusCode());
        assertEquals(404, get("site/item.xhtml", null).statusCode(), "views only through the site's addresses");
        assertEquals(400, get("th/search?q=" + "ก".repeat(10_000), null).statusCode());

        String sitemap = get("sitemap.xml", null).body();
        assertTrue(sitemap.contains("/th/" + slug), sitemap);
        assertTrue(get("robots.txt", null).body().contains("Disallow: /editor/"));

        for (String surface : List.of("th/", "th/topics/" + topic, "th/for/elderly", "sitemap.xml",
                "th/search?q=" + URLEncoder.encode("ความลับร่าง", StandardCharsets.UTF_8), "feed.atom", "feed.json")) {
            HttpResponse<String> answer = get(surface, null);
            assertFalse(answer.body().contains(marker), "a draft's text on " + surface);
            assertFalse(answer.body().contains(draft.toString()), "a draft's id on " + surface);
        }
        assertEquals(404, get("th/" + slugOf(draft), null).statusCode(), "a draft has no page");
    }

    @Test
    void aCorrectedItemShowsItsCorrectionNote() throws Exception {
        Agency agency = fixtures.agency("Site Correction Agency");
        String topic = fixtures.topic("heat-stroke", "โรคลมแดด", "Heat stroke");
        var first = ContentLibrary.article("น้ำดื่มวันละกี่แก้ว", "สรุป", "<p>ดื่มน้ำวันละ 6 แก้ว</p>", topic,
                Audience.ADULTS);
        UUID id = library.published(agency, "th", first);
        library.revise(agency, id, 1, ContentLibrary.article("น้ำดื่มวันละกี่แก้ว", "สรุป",
                "<p>ดื่มน้ำวันละ 8 แก้ว</p>", topic, Audience.ADULTS)
                .withCorrectionNote("แก้ไขจำนวนแก้วจาก 6 เป็น 8 ตามคำแนะนำล่าสุด"));
        Await.until(() -> get("th/" + slugOf(id), null).body().contains("แก้ไขจำนวนแก้วจาก 6 เป็น 8"), WITHIN,
                "the correction note on the page");
        assertTrue(get("th/" + slugOf(id), null).body().contains("ดื่มน้ำวันละ 8 แก้ว"), "the corrected text");
    }

    @Test
    void withdrawnAndSuspendedItemsSayWhy() throws Exception {
        Agency agency = fixtures.agency("Site Gone Agency");
        String topic = fixtures.topic("heat-stroke", "โรคลมแดด", "Heat stroke");
        UUID withdrawn = library.published(agency, "th", ContentLibrary.article("ดื่มน้ำเกลือแร่เมื่อไหร่",
                "สรุป", "<p>เนื้อหา</p>", topic, Audience.ADULTS));
        UUID suspended = library.published(agency, "th", ContentLibrary.article("ทำงานกลางแดดอย่างปลอดภัย",
                "สรุป", "<p>เนื้อหา</p>", topic, Audience.ADULTS));
        await("th/" + slugOf(withdrawn), 200);
        await("th/" + slugOf(suspended), 200);
        library.withdraw(agency, withdrawn, "ข้อมูลเปลี่ยนแปลง");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update content_item set status = 'SUSPENDED', status_reason = 'under review',"
                    + " version = version + 1 where id = '" + suspended + "'");
        }
        HttpResponse<String> gone = await("th/" + slugOf(withdrawn), 410);
        assertTrue(gone.body().contains("ถอน"), gone.body());
        HttpResponse<String> updating = await("th/" + slugOf(suspended), 404);
        assertTrue(updating.body().contains("ทบทวน"), updating.body());
    }

    @Test
    void aProblemReportReachesTheAgencyWithoutPersonalData() throws Exception {
        Agency agency = fixtures.agency("Site Report Agency");
        String topic = fixtures.topic("heat-stroke", "โรคลมแดด", "Heat stroke");
        UUID id = library.published(agency, "th", ContentLibrary.article("สัญญาณเตือนโรคลมแดด", "สรุป",
                "<p>ตัวร้อน ไม่มีเหงื่อ สับสน</p>", topic, Audience.ADULTS));
        String slug = slugOf(id);
        await("th/" + slug, 200);
        String form = "item=" + id + "&kind=OUTDATED&message=" + URLEncoder.encode("ตัวเลขอุณหภูมิเก่า",
                StandardCharsets.UTF_8);
        HttpResponse<String> forged = post("report", form, null);
        assertEquals(403, forged.statusCode(), "a post from another site is refused");
        HttpResponse<String> sent = post("report", form, base.toString().replaceAll("/$", ""));
        assertEquals(303, sent.statusCode(), sent.body());
        assertTrue(sent.headers().firstValue("Location").orElse("").contains(slug + "?reported=1"));
        assertEquals(400, post("report", "item=" + id + "&kind=NONSENSE", base.toString().replaceAll("/$", ""))
                .statusCode());

        acting.become(fixtures.account(agency, Role.AUTHOR, GrantScope.OWN_AGENCY));
        assertTrue(reports.open(50).stream().anyMatch(r -> r.itemId().equals(id) && r.kind().equals("OUTDATED")
                && r.message().equals("ตัวเลขอุณหภูมิเก่า")));
        acting.become(fixtures.account(fixtures.agency("Another Agency"), Role.AUTHOR, GrantScope.OWN_AGENCY));
        assertTrue(reports.open(50).stream().noneMatch(r -> r.itemId().equals(id)), "other agencies do not see it");
    }

    private String slugOf(UUID id) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rows = s.executeQuery("select slug from content_item where id = '" + id + "'")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private HttpResponse<String> await(String path, int status) throws Exception {
        Await.until(() -> get(path, null).statusCode() == status, WITHIN, path + " answering " + status);
        return get(path, null);
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path)).timeout(Duration.ofSeconds(30));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
