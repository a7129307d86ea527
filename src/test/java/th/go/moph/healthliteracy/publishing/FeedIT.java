package th.go.moph.healthliteracy.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.content.domain.ContentDraft;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.platform.SchemaMigration;
import th.go.moph.healthliteracy.publishing.application.FeedConsumers;
import th.go.moph.healthliteracy.publishing.application.ScheduledTransitions;
import th.go.moph.healthliteracy.testing.ActingAs;
import th.go.moph.healthliteracy.testing.Await;
import th.go.moph.healthliteracy.testing.ContentLibrary;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/**
 * The GovChannel feed over HTTP against the real stack. A consumer that syncs from scratch and then incrementally
 * ends with exactly the portal's published set, whatever was published, revised, withdrawn or expired in between —
 * also when transactions commit out of the order they began, and while writers and the consumer run at once.
 */
@ExtendWith(ArquillianExtension.class)
class FeedIT {

    private static final Duration CONVERGES_WITHIN = Duration.ofSeconds(20);

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ContentLibrary library;

    @Inject
    ScheduledTransitions transitions;

    @Inject
    FeedConsumers consumers;

    @Inject
    ActingAs acting;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String key;

    /** The key of a consumer registered for the whole feed, made once per test. */
    private String key() {
        if (key == null) {
            key = register("", 100_000);
        }
        return key;
    }

    private String register(String view, int perMinute) {
        acting.become(fixtures.account(fixtures.agency("Feed Admin Agency"), Role.SYSTEM_ADMIN,
                GrantScope.ALL_AGENCIES));
        return consumers.register("Channel " + UUID.randomUUID(), view, perMinute, null).apiKey();
    }

    private static ContentDraft article(String title, String topic) {
        return ContentLibrary.article(title, "สรุปสั้น ๆ ของ " + title, "<p>" + title + " เนื้อหาสำหรับประชาชน</p>",
                topic, Audience.ADULTS);
    }

    @Test
    void aConsumerSyncedFromScratchThenIncrementallyHoldsExactlyThePublishedSet() throws Exception {
        Agency agency = fixtures.agency("Feed Agency");
        String topic = fixtures.topic("hand-washing", "ล้างมือ", "Hand washing");
        FeedConsumer consumer = new FeedConsumer(uri(), key(), "", 7);
        UUID kept = library.published(agency, "th", article("ล้างมือให้สะอาด 7 ขั้นตอน", topic));
        UUID revised = library.published(agency, "th", article("ล้างมือก่อนกินข้าว", topic));
        UUID withdrawn = library.published(agency, "th", article("เจลล้างมือใช้อย่างไร", topic));
        UUID expiring = library.published(agency, "th", article("ล้างมือหลังเข้าห้องน้ำ", topic));
        String marker = "ลับเฉพาะ" + UUID.randomUUID();
        UUID draft = library.draft(agency, "th", article("ร่าง " + marker, topic));
        converges(consumer);

        library.revise(agency, revised, 1, article("ล้างมือก่อนกินข้าว (ปรับปรุง)", topic));
        library.withdraw(agency, withdrawn, "ข้อมูลไม่เป็นปัจจุบัน");
        library.expireAt(agency, expiring, Instant.now().plusSeconds(2));
        Thread.sleep(2_500);
        transitions.runOnce(Instant.now());
        converges(consumer);

        assertTrue(consumer.copy().containsKey(kept.toString()));
        assertEquals(2, consumer.copy().get(revised.toString()).getInt("version"));
        assertEquals("ล้างมือก่อนกินข้าว (ปรับปรุง)", consumer.copy().get(revised.toString()).getString("title"));
        assertEquals("withdrawn", consumer.removals().get(withdrawn.toString()));
        assertEquals("expired", consumer.removals().get(expiring.toString()));

        library.republish(agency, withdrawn); // an item may come back
        converges(consumer);
        assertTrue(consumer.copy().containsKey(withdrawn.toString()));

        assertFalse(consumer.everything().contains(draft.toString()), "a draft's id reached the feed");
        assertFalse(consumer.everything().contains(marker), "a draft's text reached the feed");
        assertFalse(consumer.everything().contains("person@example.org"), "an editor's e-mail reached the feed");
        assertEquals(List.of(), consumer.backwards());
    }

    @Test
    void aChangeCommittedAfterALaterOneIsStillDelivered() throws Exception {
        Agency agency = fixtures.agency("Feed Order Agency");
        String topic = fixtures.topic("hand-washing", "ล้างมือ", "Hand washing");
        UUID early = library.published(agency, "th", article("ล้างมือด้วยสบู่", topic));
        FeedConsumer consumer = new FeedConsumer(uri(), key(), "", 50);
        converges(consumer);
        String reviewDue = consumer.copy().get(early.toString()).getString("nextReviewDue");

        try (Connection slow = ownConnection()) {
            slow.setAutoCommit(false);
            try (Statement statement = slow.createStatement()) { // begins first, commits last
                assertEquals(1, statement.executeUpdate("update content_item set next_review_due = next_review_due"
                        + " + 30, version = version + 1 where id = '" + early + "'"));
            }
            UUID late = library.published(agency, "th", article("ล้างมือด้วยน้ำสะอาด", topic));
            long deadline = System.nanoTime() + CONVERGES_WITHIN.toNanos();
            while (!consumer.copy().containsKey(late.toString())) {
                assertTrue(System.nanoTime() < deadline, "the later change never reached the feed");
                Thread.sleep(100);
                consumer.sync();
            }
            slow.commit();
        }
        awaitTrue(() -> {
            consumer.sync();
            return !reviewDue.equals(consumer.copy().get(early.toString()).getString("nextReviewDue"));
        }, "the change that committed last reaching the consumer");
        converges(consumer);
    }

    @Test
    void concurrentWritersAndAPollingConsumerConverge() throws Exception {
        Agency agency = fixtures.agency("Feed Load Agency");
        String topic = fixtures.topic("hand-washing", "ล้างมือ", "Hand washing");
        FeedConsumer consumer = new FeedConsumer(uri(), key(), "", 5);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int seed = w;
                writers.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    List<UUID> mine = new ArrayList<>();
                    Map<UUID, Integer> revisions = new java.util.HashMap<>();
                    Set<UUID> gone = new HashSet<>();
                    for (int i = 0; i < 12; i++) {
                        int action = mine.isEmpty() ? 0 : random.nextInt(4);
                        UUID target = mine.isEmpty() ? null : mine.get(random.nextInt(mine.size()));
                        if (action == 0) {
                            UUID id = library.published(agency, "th", article("ล้างมือ ชุดที่ " + seed + "-" + i, topic));
                            mine.add(id);
                            revisions.put(id, 1);
                        } else if (action == 1 && !gone.contains(target)) {
                            int next = library.revise(agency, target, revisions.get(target),
                                    article("ล้างมือ ปรับปรุง " + seed + "-" + i, topic));
                            revisions.put(target, next);
                        } else if (action == 2 && !gone.contains(target)) {
                            library.withdraw(agency, target, "ทดสอบการถอน");
                            gone.add(target);
                        } else if (gone.contains(target)) {
                            library.republish(agency, target);
                            gone.remove(target);
                        }
                    }
                    return null;
                }));
            }
            Future<?> polling = pool.submit(() -> {
                while (writing.get()) {
                    consumer.sync();
                    Thread.sleep(50);
                }
                return null;
            });
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            polling.get();
        } finally {
            pool.shutdownNow();
        }
        converges(consumer);
        assertEquals(List.of(), consumer.backwards());
    }

    @Test
    void aFilteredViewRemovesAnItemThatStopsMatching() throws Exception {
        Agency agency = fixtures.agency("Feed Filter Agency");
        String handWashing = fixtures.topic("hand-washing", "ล้างมือ", "Hand washing");
        String oral = fixtures.topic("oral-health", "สุขภาพช่องปาก", "Oral health");
        UUID item = library.published(agency, "th", article("แปรงฟันและล้างมือ", handWashing));
        FeedConsumer filtered = new FeedConsumer(uri(), key(), "topic=" + handWashing + "&lang=th", 20);
        FeedConsumer everything = new FeedConsumer(uri(), key(), "", 20);
        awaitTrue(() -> {
            filtered.sync();
            return filtered.copy().containsKey(item.toString());
        }, "the item in the filtered view");
        assertTrue(filtered.copy().values().stream().allMatch(d -> d.getString("language").equals("th")
                && d.getJsonArray("topics").stream().anyMatch(t -> t.asJsonObject().getString("code")
                        .equals(handWashing))));

        library.revise(agency, item, 1, article("แปรงฟันวันละสองครั้ง", oral));
        awaitTrue(() -> {
            filtered.sync();
            return !filtered.copy().containsKey(item.toString());
        }, "the item leaving the filtered view");
        assertEquals("no-longer-matches", filtered.removals().get(item.toString()));
        converges(everything);
        assertTrue(everything.copy().containsKey(item.toString()));
    }

    @Test
    void answersRevalidationsWith304AndBadRequestsWithClearErrors() throws Exception {
        Agency agency = fixtures.agency("Feed HTTP Agency");
        String topic = fixtures.topic("hand-washing", "ล้างมือ", "Hand washing");
        UUID item = library.published(agency, "th", article("ล้างมือ 20 วินาที", topic));
        awaitTrue(() -> get("api/v1/items/" + item, null).statusCode() == 200, "the item in the feed");

        HttpResponse<String> first = get("api/v1/items/" + item, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("api/v1/items/" + item, etag).statusCode());
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("no-cache"));

        HttpResponse<String> page = get("api/v1/feed?limit=3", null);
        String pageTag = page.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("api/v1/feed?limit=3", pageTag).statusCode());
        library.withdraw(agency, item, "ทดสอบ");
        awaitTrue(() -> get("api/v1/feed?limit=3", pageTag).statusCode() == 200, "a new validator after a change");
        awaitTrue(() -> get("api/v1/items/" + item, null).statusCode() == 410, "410 for a withdrawn item");
        JsonObject gone = Json.createReader(new StringReader(get("api/v1/items/" + item, null).body())).readObject();
        assertEquals("withdrawn", gone.getString("reason"));

        assertEquals(404, get("api/v1/items/" + UUID.randomUUID(), null).statusCode());
        String openApi = http.send(HttpRequest.newBuilder(uri().resolve("/openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(openApi.contains("/api/v1/feed") && openApi.contains("/api/v1/items/{id}")
                && openApi.contains("/api/v1/search"), "OpenAPI describes the public API: " + openApi);
        for (String bad : List.of("api/v1/items/not-a-uuid", "api/v1/feed?cursor=bm9wZQ", "api/v1/feed?cursor=%00%FF",
                "api/v1/feed?limit=0", "api/v1/feed?limit=501", "api/v1/feed?limit=ten", "api/v1/feed?lang=thai",
                "api/v1/feed?type=podcast", "api/v1/feed?audience=" + "x".repeat(5000))) {
            HttpResponse<String> answer = get(bad, null);
            assertEquals(400, answer.statusCode(), bad + " → " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    bad);
        }
    }

    /** A connection of its own, outside the container's pool and transactions, as another application's would be. */
    private Connection ownConnection() throws Exception {
        java.util.Properties credentials = new java.util.Properties();
        String url;
        try (Connection pooled = dataSource.getConnection()) {
            url = pooled.getMetaData().getURL();
            credentials.setProperty("user", pooled.getMetaData().getUserName());
        }
        credentials.setProperty("password", System.getenv().getOrDefault("DB_PASSWORD", ""));
        return new org.postgresql.Driver().connect(url, credentials);
    }

    @Test
    void onlyRegisteredConsumersReadTheFeedWithinTheirViewAndRate() throws Exception {
        assertEquals(401, get("api/v1/feed", null, null).statusCode());
        assertEquals(401, get("api/v1/items/" + UUID.randomUUID(), null, null).statusCode());
        HttpResponse<String> wrongKey = get("api/v1/feed", null, "hlp_" + "A".repeat(43));
        assertEquals(401, wrongKey.statusCode());
        assertTrue(wrongKey.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));

        String thaiOnly = register("lang=th", 100_000);
        assertEquals(200, get("api/v1/feed?lang=th", null, thaiOnly).statusCode());
        HttpResponse<String> outside = get("api/v1/feed?lang=en", null, thaiOnly);
        assertEquals(403, outside.statusCode(), outside.body());
        assertTrue(outside.body().contains("lang"), outside.body());

        String slow = register("", 5);
        for (int i = 0; i < 5; i++) {
            assertEquals(200, get("api/v1/feed?limit=1", null, slow).statusCode(), "request " + i);
        }
        HttpResponse<String> over = get("api/v1/feed?limit=1", null, slow);
        assertEquals(429, over.statusCode());
        assertTrue(Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow()) >= 1);
    }

    /** The bucket of 600 refills at 10 a second: enough requests to empty it even when a busy machine answers slowly. */
    @Test
    void publicSearchIsLimitedPerCallingAddress() throws Exception {
        String caller = "203.0.113." + new Random().nextInt(250);
        int answered = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 3000 && (last == null || last.statusCode() != 429); i++) {
            last = http.send(HttpRequest.newBuilder(uri().resolve("api/v1/suggest?q=%E0%B8%A5"))
                    .header("X-Forwarded-For", caller).GET().build(), HttpResponse.BodyHandlers.ofString());
            answered++;
        }
        assertEquals(429, last.statusCode(), "no limit after " + answered + " requests");
        assertTrue(answered > 100, "limited after only " + answered);
        assertTrue(last.headers().firstValue("Retry-After").isPresent());
        HttpResponse<String> someoneElse = http.send(HttpRequest.newBuilder(uri().resolve("api/v1/suggest?q=%E0%B8%A5"))
                .header("X-Forwarded-For", "198.51.100.9").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, someoneElse.statusCode(), "another address has its own allowance");
    }

    @Test
    void atomAndJsonFeedListTheLatestPublishedItemsAndNothingElse() throws Exception {
        Agency agency = fixtures.agency("Syndication Agency");
        String topic = fixtures.topic("oral-health", "สุขภาพช่องปาก", "Oral health");
        String marker = "ร่างลับ" + UUID.randomUUID();
        UUID published = library.published(agency, "th", article("แปรงฟันอย่างน้อยวันละ 2 ครั้ง", topic));
        library.draft(agency, "th", article(marker, topic));
        awaitTrue(() -> get("feed.atom?topic=" + topic, null, null).body().contains(published.toString()),
                "the item in the Atom feed");

        HttpResponse<String> atom = get("feed.atom?topic=" + topic + "&lang=th", null, null);
        assertEquals(200, atom.statusCode());
        assertTrue(atom.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(
                new StringReader(atom.body())));
        assertEquals("http://www.w3.org/2005/Atom", xml.getDocumentElement().getNamespaceURI());
        org.w3c.dom.NodeList entries = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertTrue(entries.getLength() >= 1);
        String first = entries.item(0).getTextContent();
        assertTrue(first.contains("แปรงฟันอย่างน้อยวันละ 2 ครั้ง") && first.contains(agency.nameTh()), first);

        HttpResponse<String> json = get("feed.json?topic=" + topic, null, null);
        JsonObject feed = Json.createReader(new StringReader(json.body())).readObject();
        assertEquals("https://jsonfeed.org/version/1.1", feed.getString("version"));
        assertEquals(published.toString(), feed.getJsonArray("items").getJsonObject(0).getString("id"));
        assertEquals(agency.nameTh(), feed.getJsonArray("items").getJsonObject(0).getJsonArray("authors")
                .getJsonObject(0).getString("name"));

        for (HttpResponse<String> answer : List.of(atom, json)) {
            assertFalse(answer.body().contains(marker), "a draft reached a public feed");
            assertFalse(answer.body().contains("person@example.org"), "an editor's e-mail reached a public feed");
        }
        String tag = json.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("feed.json?topic=" + topic, tag, null).statusCode());
        assertTrue(get("feed.json?topic=" + topic + "&lang=en", null, null).body().contains("\"items\":[]"));
        assertEquals(400, get("feed.atom?audience=aliens", null, null).statusCode());
    }

    /** Syncs until the consumer's copy is the published set, each document as the item API gives it. */
    private void converges(FeedConsumer consumer) throws Exception {
        long deadline = System.nanoTime() + CONVERGES_WITHIN.toNanos();
        String difference = "";
        while (System.nanoTime() < deadline) {
            consumer.sync();
            difference = difference(consumer.copy());
            if (difference.isEmpty()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the consumer's copy did not converge: " + difference);
    }

    private String difference(Map<String, JsonObject> copy) throws Exception {
        Set<String> published = new HashSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select id from content_item where status = 'PUBLISHED'")) {
            while (rows.next()) {
                published.add(rows.getString(1));
            }
        }
        if (!published.equals(copy.keySet())) {
            Set<String> missing = new HashSet<>(published);
            missing.removeAll(copy.keySet());
            Set<String> extra = new HashSet<>(copy.keySet());
            extra.removeAll(published);
            return "missing " + missing + ", extra " + extra;
        }
        for (Map.Entry<String, JsonObject> held : copy.entrySet()) {
            HttpResponse<String> current = get("api/v1/items/" + held.getKey(), null);
            if (current.statusCode() != 200 || !Json.createReader(new StringReader(current.body())).readObject()
                    .equals(held.getValue())) {
                return "stale copy of " + held.getKey();
            }
        }
        return "";
    }

    private static void awaitTrue(Await.Condition condition, String what) throws Exception {
        Await.until(condition, CONVERGES_WITHIN, what);
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        return get(path, ifNoneMatch, key());
    }

    private HttpResponse<String> get(String path, String ifNoneMatch, String apiKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri().resolve(path)).timeout(Duration.ofSeconds(30));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri() throws Exception {
        return base.toURI();
    }
}
