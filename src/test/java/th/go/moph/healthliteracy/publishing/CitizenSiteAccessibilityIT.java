package th.go.moph.healthliteracy.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.content.domain.ContentDraft;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.testing.ContentLibrary;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;
import th.go.moph.healthliteracy.testing.SiteBrowser;

/**
 * The citizen site in Chromium with axe-core injected: home, search, article, video and image pages in both themes
 * have no WCAG 2.1 A/AA violations; the video plays through hls.js (its time advances). The items are published
 * through the real services and media pipeline first, in the container; the browser runs on the client.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CitizenSiteAccessibilityIT {

    private static final String TOPIC = "hand-hygiene";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ContentLibrary library;

    @ArquillianResource
    URL base;

    private static ContentDraft draft(String title, String alt) {
        ContentDraft article = ContentLibrary.article(title, "สรุปสั้น ๆ สำหรับ " + title,
                "<p>" + title + " ล้างมือด้วยสบู่และน้ำสะอาดอย่างน้อย 20 วินาที</p><h2>ขั้นตอน</h2>"
                        + "<ol><li>ฝ่ามือถูกัน</li><li>หลังมือ</li><li>ซอกนิ้ว</li></ol>", TOPIC, Audience.CHILDREN);
        return new ContentDraft(article.title(), article.summary(), article.body(), article.topics(),
                article.audiences(), article.licence(), article.attribution(), article.citations(), alt, "", "");
    }

    @Test
    @Order(1)
    void anArticleAPictureAndAVideoArePublished() throws Exception {
        Agency agency = fixtures.agency("Hygiene Agency");
        fixtures.topic(TOPIC, "สุขอนามัยมือ", "Hand hygiene");
        library.published(agency, "th", draft("ล้างมือ 7 ขั้นตอน", ""));
        library.publishedImage(agency, "th", draft("อินโฟกราฟิก ล้างมือ", "แผนภาพขั้นตอนการล้างมือ 7 ขั้นตอน"),
                1600, 900);
        library.publishedVideo(agency, "th", draft("วิดีโอ ล้างมือให้สะอาด", ""));
    }

    @Test
    @Order(2)
    @RunAsClient
    void everyKindOfPageMeetsWcagAaInBothThemes() throws Exception {
        try (SiteBrowser browser = new SiteBrowser()) {
            Map<String, String> items = awaitListed(browser, 3);
            List<String> pages = new ArrayList<>(List.of(base + "th/", base + "en/",
                    base + "th/search?q=%E0%B8%A5%E0%B9%89%E0%B8%B2%E0%B8%87%E0%B8%A1%E0%B8%B7%E0%B8%AD",
                    base + "th/topics/" + TOPIC));
            pages.addAll(items.values());
            List<String> violations = new ArrayList<>();
            for (String theme : List.of("ministry", "high-contrast")) {
                for (String page : pages) {
                    browser.open(page + (page.contains("?") ? "&" : "?") + "theme=" + theme);
                    String found = browser.wcagViolations();
                    if (!found.equals("[]")) {
                        violations.add(theme + " " + page + ": " + found + " in " + browser.pageStart());
                    }
                }
            }
            assertEquals(List.of(), violations);
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void theVideoPlaysThroughHlsJsWithCaptions() throws Exception {
        try (SiteBrowser browser = new SiteBrowser()) {
            String video = awaitListed(browser, 3).entrySet().stream().filter(e -> e.getKey().startsWith("วิดีโอ"))
                    .findFirst().orElseThrow().getValue();
            browser.open(video);
            Map<String, Object> played = browser.playVideo(1.0);
            assertEquals("hls.js", played.get("player"));
            assertTrue(played.get("source").toString().startsWith("blob:"), "through Media Source Extensions");
            assertEquals(1L, played.get("tracks"), "Thai captions");
        }
    }

    /** The topic's items once the feed lists all {@code count} of them. */
    private Map<String, String> awaitListed(SiteBrowser browser, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        Map<String, String> items = browser.listedItems(base + "th/topics/" + TOPIC);
        while (items.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(250);
            items = browser.listedItems(base + "th/topics/" + TOPIC);
        }
        assertEquals(count, items.size(), "article, picture and video: " + items);
        return items;
    }
}
