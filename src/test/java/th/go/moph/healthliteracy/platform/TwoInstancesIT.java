package th.go.moph.healthliteracy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import th.go.moph.healthliteracy.testing.OwnPortal;
import th.go.moph.healthliteracy.localstack.FreePorts;
import th.go.moph.healthliteracy.localstack.PayaraMicroProcess;
import th.go.moph.healthliteracy.localstack.S3ProxyProcess;
import th.go.moph.healthliteracy.publishing.domain.ApiKey;
import th.go.moph.healthliteracy.testing.StaffHttpClient;

/**
 * Two portal instances on one machine, sharing one PostgreSQL database, one search cluster (same indices) and one
 * S3 bucket, both started at once on an empty database with the starter library to import: every item is imported
 * once, every media job runs once and leaves one set of renditions, a scheduled publication and a scheduled expiry each
 * happen once although both instances' timers fire, each of those changes reaches the feed and the webhook receiver
 * under one event id, the sign-in lock earned on one instance holds on the other, and both serve the same site,
 * search and feed.
 */
class TwoInstancesIT {

    private static final String PUBLIC_BASE = "http://portal.test/";
    private static final String SEALING_KEY = "a sealing key the two instances share 4";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void twoInstancesShareTheWorkAndNeverDoItTwice() throws Exception {
        Path work = OwnPortal.freshFolder("two-instances");
        String database = "two_" + Long.toString(System.nanoTime(), 36);
        String dbUrl = OwnPortal.newDatabase(database);
        String bucket = database.replace('_', '-');
        URI s3 = URI.create(System.getProperty("portal.test.s3Endpoint"));
        S3ProxyProcess.createBucket(s3, System.getProperty("portal.test.s3AccessKey"),
                System.getProperty("portal.test.s3SecretKey"), bucket);
        Map<String, String> shared = new HashMap<>(Map.ofEntries(Map.entry("DB_URL", dbUrl),
                Map.entry("DB_USER", "portal"), Map.entry("DB_PASSWORD", ""),
                Map.entry("ES_URLS", System.getProperty("portal.test.esUrls")), Map.entry("SEARCH_INDEX_PREFIX", database),
                Map.entry("MEDIA_STORE", "s3"), Map.entry("S3_ENDPOINT", s3.toString()), Map.entry("S3_BUCKET", bucket),
                Map.entry("S3_PATH_STYLE", "true"),
                Map.entry("S3_ACCESS_KEY_ID", System.getProperty("portal.test.s3AccessKey")),
                Map.entry("S3_SECRET_ACCESS_KEY", System.getProperty("portal.test.s3SecretKey")),
                Map.entry("PUBLIC_BASE_URL", PUBLIC_BASE), Map.entry("LINK_CHECK_ENABLED", "false"),
                Map.entry("SECRET_SEALING_KEY", SEALING_KEY), Map.entry("WEBHOOK_ALLOWED_PRIVATE_HOSTS", "127.0.0.1"),
                Map.entry("WEBHOOK_POLL_MS", "200"), Map.entry("FEED_POLL_MS", "100"),
                Map.entry("TRUSTED_PROXIES", "127.0.0.1"), Map.entry("TWO_FACTOR_REQUIRED_ROLES", "none"),
                Map.entry("SIGN_IN_DELAY_BASE_MS", "50"), Map.entry("SIGN_IN_LOCK_AFTER", "6"),
                Map.entry("PUBLIC_RATE_LIMIT_PER_MINUTE", "0"),
                Map.entry("FIRST_RUN_IMPORT", System.getProperty("portal.test.samples"))));
        Path war = Path.of(System.getProperty("portal.war"));

        ConcurrentMap<String, AtomicInteger> received = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.computeIfAbsent(exchange.getRequestHeaders().getFirst("webhook-id"), id -> new AtomicInteger())
                    .incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();

        List<PayaraMicroProcess> instances = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            // both at once, on the same empty database: migrations, the first administrator and the import race
            Thread second = new Thread(() -> instances.add(start(war, work, "b", shared)));
            second.start();
            instances.add(start(war, work, "a", shared));
            second.join();
            assertEquals(2, instances.size(), "both instances started");
            URI a = instances.get(0).baseUri();
            URI b = instances.get(1).baseUri();

            try (Connection db = DriverManager.getConnection(dbUrl, "portal", "")) {
                awaitImported(db);
                assertEquals(0, count(db, "select count(*) from (select import_key from content_import group by"
                        + " import_key having count(*) > 1) twice"), "every item imported once");
                assertEquals(count(db, "select count(*) from media_asset"), count(db, "select count(*) from"
                        + " (select distinct asset_id from media_job) jobs"), "a job for every asset");
                assertEquals(0, count(db, "select count(*) from media_job where attempts <> 1 or state <> 'SUCCEEDED'"),
                        "every media job ran once, and succeeded");
                assertEquals(0, count(db, "select count(*) from (select asset_id, kind, width, language from rendition"
                        + " group by asset_id, kind, width, language having count(*) > 1) twice"),
                        "one set of renditions per asset");
                System.out.printf("two instances: %d items imported once, %d media jobs run once%n",
                        count(db, "select count(*) from content_import"), count(db, "select count(*) from media_job"));

                String key = ApiKey.generate().value();
                PreparedStatement consumer = db.prepareStatement("insert into feed_consumer (id, name, key_hash,"
                        + " key_hint, requests_per_minute, webhook_url, webhook_secret, created_at, changed_at)"
                        + " values (?, 'Two instances channel', ?, 'hlp', 100000, ?, ?, now(), now())");
                consumer.setObject(1, UUID.randomUUID());
                consumer.setString(2, ApiKey.hashOf(key));
                consumer.setString(3, "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
                consumer.setString(4, seal("whsec_" + Base64.getEncoder().encodeToString(UUID.randomUUID().toString()
                        .getBytes(StandardCharsets.UTF_8))));
                consumer.executeUpdate();

                UUID scheduled = id(db, "select i.id from content_item i join content_import c on c.item_id = i.id"
                        + " where i.publish_at is not null and i.status = 'UNPUBLISHED' limit 1");
                UUID expiring = id(db, "select id from content_item where status = 'PUBLISHED' order by id limit 1");
                db.createStatement().execute("update content_item set publish_at = now() + interval '3 seconds'"
                        + " where id = '" + scheduled + "'");
                db.createStatement().execute("update content_item set unpublish_at = now() + interval '3 seconds'"
                        + " where id = '" + expiring + "'");
                Instant deadline = Instant.now().plus(Duration.ofSeconds(150)); // both timers fire each minute
                while (Instant.now().isBefore(deadline) && count(db, "select count(*) from content_item where"
                        + " (id = '" + scheduled + "' and status = 'PUBLISHED') or (id = '" + expiring
                        + "' and status = 'WITHDRAWN')") < 2) {
                    Thread.sleep(1000);
                }
                Thread.sleep(65_000); // another round of both timers: nothing more may happen
                assertEquals(1, count(db, "select count(*) from audit_event where action = 'CONTENT_PUBLISHED_ON_SCHEDULE'"
                        + " and subject_id = '" + scheduled + "'"), "the scheduled publication happened once");
                assertEquals(1, count(db, "select count(*) from audit_event where action = 'CONTENT_EXPIRED'"
                        + " and subject_id = '" + expiring + "'"), "the expiry happened once");
                for (UUID item : List.of(scheduled, expiring)) {
                    assertEquals(1, count(db, "select count(*) from webhook_delivery where item_id = '" + item + "'"),
                            "one event for each change, however many instances saw it");
                }
                Instant delivered = Instant.now().plus(Duration.ofSeconds(30));
                while (Instant.now().isBefore(delivered) && received.size() < 2) {
                    Thread.sleep(200);
                }
                List<String> events = new ArrayList<>();
                try (ResultSet rows = db.createStatement().executeQuery("select event_id from webhook_delivery")) {
                    while (rows.next()) {
                        events.add(rows.getString(1));
                    }
                }
                assertTrue(received.keySet().containsAll(events), "every event received: " + received);
                assertEquals(0, count(db, "select count(*) from search_outbox"), "the search outbox drained");

                String feedA = feed(a, key);
                assertEquals(feedA, feed(b, key), "both serve the same feed");
                assertTrue(feedA.contains(scheduled.toString()), "with the scheduled item");
            }

            for (URI instance : List.of(a, b)) {
                HttpResponse<String> home = http.send(HttpRequest.newBuilder(instance.resolve("th/")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, home.statusCode(), instance.toString());
            }
            assertEquals(searchTotal(a), searchTotal(b), "both search the same index");

            String password = firstAdministratorPassword(work);
            for (int attempt = 0; attempt < 6; attempt++) {
                URI instance = attempt % 2 == 0 ? a : b;
                new StaffHttpClient(instance.toURL(), "203.0.113." + (20 + attempt)).signIn("admin", "wrong " + attempt);
            }
            String onA = new StaffHttpClient(a.toURL(), "203.0.113.40").signIn("admin", password);
            String onB = new StaffHttpClient(b.toURL(), "203.0.113.41").signIn("admin", password);
            assertTrue(onA.contains("Too many failed sign-ins") && onB.contains("Too many failed sign-ins"),
                    "locked on both instances, even with the right password");
        } finally {
            instances.forEach(PayaraMicroProcess::close);
            receiver.stop(0);
        }
    }

    private static PayaraMicroProcess start(Path war, Path work, String name, Map<String, String> shared) {
        try {
            Map<String, String> env = new HashMap<>(shared);
            env.put("DATA_DIR", Files.createDirectories(work.resolve(name)).toString());
            return PayaraMicroProcess.start(war, FreePorts.pick(), work.resolve("payara-" + name),
                    work.resolve(name + ".log"), "768m", env, Duration.ofMinutes(5));
        } catch (Exception e) {
            throw new IllegalStateException("instance " + name + " did not start", e);
        }
    }

    private static void awaitImported(Connection db) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
        while (Instant.now().isBefore(deadline)) {
            if (count(db, "select count(*) from import_run where finished_at is not null") > 0
                    && count(db, "select count(*) from media_job where state in ('QUEUED', 'RUNNING')") == 0
                    && count(db, "select count(*) from media_asset where status = 'PROCESSING'") == 0) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the starter library was not imported and processed in time");
    }

    private String feed(URI instance, String key) throws Exception {
        StringBuilder all = new StringBuilder();
        String cursor = null;
        boolean more = true;
        while (more) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(instance.resolve("api/v1/feed?limit=100"
                    + (cursor == null ? "" : "&cursor=" + cursor))).header("Authorization", "Bearer " + key).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
            all.append(page.body());
            var json = jakarta.json.Json.createReader(new java.io.StringReader(page.body())).readObject();
            cursor = json.getString("nextCursor");
            more = json.getBoolean("hasMore");
        }
        return all.toString();
    }

    private String searchTotal(URI instance) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(instance.resolve("api/v1/search?q="
                + java.net.URLEncoder.encode("ยุงลาย", StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        var matcher = java.util.regex.Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(answer.body());
        assertTrue(matcher.find(), answer.body());
        return matcher.group(1);
    }

    private static String firstAdministratorPassword(Path work) throws Exception {
        for (String name : List.of("a", "b")) {
            Path file = work.resolve(name).resolve("first-administrator.txt");
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("password=")) {
                        return line.substring("password=".length());
                    }
                }
            }
        }
        throw new AssertionError("neither instance wrote the first administrator's password");
    }

    /** A webhook secret sealed as the portal seals it (SecretSeal, with the configured SECRET_SEALING_KEY). */
    private static String seal(String secret) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(MessageDigest.getInstance("SHA-256")
                .digest(SEALING_KEY.getBytes(StandardCharsets.UTF_8)), "AES"), new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        return "v1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed)
                .array());
    }

    private static long count(Connection db, String sql) throws Exception {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static UUID id(Connection db, String sql) throws Exception {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            assertTrue(rows.next(), sql);
            return UUID.fromString(rows.getString(1));
        }
    }
}
