package th.go.moph.healthliteracy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

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
import th.go.moph.healthliteracy.search.application.EditorialSearch;
import th.go.moph.healthliteracy.search.application.PublicSearch;
import th.go.moph.healthliteracy.search.application.SearchResults;
import th.go.moph.healthliteracy.search.domain.PageRequest;
import th.go.moph.healthliteracy.search.domain.QueryText;
import th.go.moph.healthliteracy.search.domain.SearchFilters;
import th.go.moph.healthliteracy.testing.ActingAs;
import th.go.moph.healthliteracy.testing.ContentLibrary;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/**
 * Search on the real stack: items published through the services reach the public index through the outbox, drafts
 * never do, withdrawn items leave it; Thai compounds, synonyms and English find Thai items; the editorial index shows
 * every state but only to those who may see it; the HTTP API answers bad input with 400 problems.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    ActingAs acting;

    @Inject
    Fixtures fixtures;

    @Inject
    ContentLibrary library;

    @Inject
    PublicSearch publicSearch;

    @Inject
    EditorialSearch editorialSearch;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @ArquillianResource
    URL base;

    private SearchResults search(Agency agency, String q) {
        return publicSearch.search(QueryText.of(q, "q"),
                SearchFilters.of(null, null, null, List.of(agency.code()), null), new PageRequest(1, 10));
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::id).toList();
    }

    private static <T> T await(Supplier<T> probe, Predicate<T> done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + VISIBLE_WITHIN.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + VISIBLE_WITHIN + "; last: " + last);
            }
            Thread.sleep(100);
            last = probe.get();
        }
        return last;
    }

    @Test
    void publishedItemsAreFoundInThaiByPartsSynonymsAndEnglishAndDraftsNeverAre() throws Exception {
        Agency agency = fixtures.agency("Search Agency");
        String topic = fixtures.topic("dengue", "ไข้เลือดออก", "Dengue");
        UUID published = library.published(agency, "th", ContentLibrary.article("ป้องกันไข้เลือดออกในบ้าน",
                "กำจัดแหล่งเพาะพันธุ์ยุงลายทุกสัปดาห์", "<p>โรคไข้เลือดออกเกิดจากยุงลาย เก็บบ้าน เก็บขยะ เก็บน้ำ</p>",
                topic, Audience.ADULTS));
        UUID draft = library.draft(agency, "th", ContentLibrary.article("ร่างบทความไข้เลือดออก ยังไม่ตรวจ",
                "ร่าง", "<p>ไข้เลือดออก ร่างที่ยังเป็นความลับ</p>", topic, Audience.ADULTS));

        SearchResults found = await(() -> search(agency, "ไข้เลือดออก"), r -> r.total() > 0, "publication");
        assertEquals(List.of(published.toString()), ids(found));
        assertTrue(found.hits().get(0).highlights().get("title").get(0).contains("<mark>ไข้เลือดออก</mark>"),
                found.hits().get(0).highlights().toString());
        List<String> body = found.hits().get(0).highlights().get("body");
        assertTrue(body.stream().anyMatch(f -> f.contains("<mark>โรคไข้เลือดออก</mark>")), // a synonym phrase, one mark
                body.toString());
        assertTrue(body.stream().noneMatch(f -> f.contains("</mark><mark>")), body.toString());
        assertEquals(agency.code(), found.hits().get(0).agency().code());
        assertEquals(1, found.facets().get("topic").stream().filter(f -> f.value().equals("dengue"))
                .findFirst().orElseThrow().count());

        assertEquals(List.of(published.toString()), ids(search(agency, "เลือดออก")), "a part of a compound");
        assertEquals(List.of(published.toString()), ids(search(agency, "dengue")), "English to Thai");
        assertEquals(List.of(published.toString()), ids(search(agency, "ยุงลาย")), "a word of the summary");
        assertEquals(List.of(published.toString()), ids(search(agency, "")), "an empty query lists the filtered");
        assertFalse(ids(search(agency, "ร่างที่ยังเป็นความลับ")).contains(draft.toString()), "a draft is never public");

        acting.become(fixtures.account(agency, Role.AUTHOR, GrantScope.OWN_AGENCY));
        SearchResults editorial = await(() -> editorialSearch.search(QueryText.of("ไข้เลือดออก", "q"),
                SearchFilters.of(null, null, null, List.of(agency.code()), null), new PageRequest(1, 10)),
                r -> r.total() == 2, "the editorial index");
        assertTrue(ids(editorial).containsAll(List.of(published.toString(), draft.toString())));
        assertTrue(editorial.hits().stream().anyMatch(h -> "UNPUBLISHED".equals(h.status())));

        acting.become(fixtures.account(fixtures.agency("Other Agency"), Role.AUTHOR, GrantScope.OWN_AGENCY));
        assertEquals(0, editorialSearch.search(QueryText.of("ไข้เลือดออก", "q"),
                SearchFilters.of(null, null, null, List.of(agency.code()), null), new PageRequest(1, 10)).total(),
                "another agency's author sees none of its items");

        library.withdraw(agency, published, "คำแนะนำเปลี่ยน");
        await(() -> search(agency, "ไข้เลือดออก"), r -> r.total() == 0, "withdrawal");
    }

    @Test
    void anItemPastItsReviewDateNeverOutranksACurrentOne() throws Exception {
        Agency agency = fixtures.agency("Review Date Agency");
        String topic = fixtures.topic("hypertension", "ความดันโลหิตสูง", "Hypertension");
        UUID overdue = library.published(agency, "th", ContentLibrary.article("ความดันโลหิตสูง ความดันโลหิตสูง",
                "ความดันโลหิตสูง วัดความดันโลหิตสูงทุกปี", "<p>ความดันโลหิตสูง ความดันโลหิตสูง ความดันโลหิตสูง</p>",
                topic, Audience.ELDERLY));
        UUID current = library.published(agency, "th", ContentLibrary.article("ลดเค็มช่วยลดความเสี่ยง",
                "อาหารรสจัด", "<p>กินเค็มมากเสี่ยงความดันโลหิตสูง</p>", topic, Audience.ELDERLY));
        await(() -> search(agency, "ความดันโลหิตสูง"), r -> r.total() == 2, "publication");
        assertEquals(overdue.toString(), ids(search(agency, "ความดันโลหิตสูง")).get(0), "the better match first");

        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement(
                     "update content_item set next_review_due = current_date - 1 where id = ?")) {
            statement.setObject(1, overdue); // as if the review date had lapsed (the trigger queues it for the index)
            statement.executeUpdate();
        }
        SearchResults reordered = await(() -> search(agency, "ความดันสูง"),
                r -> r.total() == 2 && r.hits().get(0).id().equals(current.toString()), "the review lapse");
        assertTrue(reordered.hits().get(1).reviewOverdue());
    }

    @Test
    void theHttpApiAnswersBadInputWithProblemsAndSymbolsWithNothing() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> badSize = get(http, "api/v1/search?q=dengue&size=abc");
        assertEquals(400, badSize.statusCode());
        assertTrue(badSize.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(badSize.body().contains("\"parameter\":\"size\""), badSize.body());

        assertEquals(400, get(http, "api/v1/search?q=" + enc("ก".repeat(10_000))).statusCode());
        assertEquals(400, get(http, "api/v1/search?audience=martians").statusCode());
        assertEquals(400, get(http, "api/v1/search?page=0").statusCode());

        HttpResponse<String> symbols = get(http, "api/v1/search?q=" + enc("*** ??? !!! \"'<>"));
        assertEquals(200, symbols.statusCode(), symbols.body());
        assertTrue(symbols.body().contains("\"total\":0"), symbols.body());

        HttpResponse<String> hostile = get(http, "api/v1/search?q=" + enc("title:* OR _id:1 {\"match_all\":{}}"));
        assertEquals(200, hostile.statusCode(), hostile.body());

        Agency agency = fixtures.agency("Suggest Agency");
        String topic = fixtures.topic("rabies", "พิษสุนัขบ้า", "Rabies");
        library.published(agency, "th", ContentLibrary.article("พิษสุนัขบ้า รู้ทันป้องกันได้", "ถูกสุนัขกัดต้องล้างแผล",
                "<p>ล้างแผลด้วยน้ำสะอาดและสบู่</p>", topic, Audience.CHILDREN));
        HttpResponse<String> searched = await(() -> get(http, "api/v1/search?q=" + enc("หมาบ้า") + "&agency="
                + agency.code()), r -> r.body().contains("รู้ทันป้องกันได้"), "a lay term finding the medical one");
        assertEquals(200, searched.statusCode());
        HttpResponse<String> suggest = get(http, "api/v1/suggest?q=" + enc("พิษสุนั"));
        assertEquals(200, suggest.statusCode());
        assertTrue(suggest.body().contains("รู้ทันป้องกันได้"), "a title suggested as it is typed: " + suggest.body());
        assertFalse(searched.body().contains("ผู้ใช้ทดสอบ"), "no editor's name in public output");

        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(base.toString())
                .resolve("/metrics?scope=application")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(metrics.body().contains("search_outbox_pending"), metrics.statusCode() + " " + metrics.body());
        assertTrue(metrics.body().contains("search_outbox_lag_seconds"), metrics.body());
    }

    private HttpResponse<String> get(HttpClient http, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base.toString() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
