package th.go.moph.healthliteracy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import th.go.moph.healthliteracy.testing.OwnPortal;
import th.go.moph.healthliteracy.localstack.FreePorts;
import th.go.moph.healthliteracy.localstack.PayaraMicroProcess;
import th.go.moph.healthliteracy.platform.backup.PortalBackup;
import th.go.moph.healthliteracy.platform.backup.PortalRestore;
import th.go.moph.healthliteracy.publishing.domain.ApiKey;

/**
 * The backup proof: a portal of its own is filled with the starter library (articles, infographics, videos with
 * their renditions and HLS ladders), backed up with encryption while it runs, and restored into a new, empty database
 * and data folder; a second portal started on them must serve the same GovChannel feed, byte for byte, and the same
 * bytes for every media object the feed names (every playlist and segment of each ladder included), and its search
 * index, rebuilt from the restored database, must find what the first one finds. On the way: a wrong passphrase, a
 * damaged file and a database that is not empty are each refused before anything is written.
 */
class BackupRestoreIT {

    private static final String PUBLIC_BASE = "https://portal.example.go.th/";
    private static final String PASSPHRASE = "a backup passphrase kept off-site 6";
    private static final String SEARCH = "api/v1/search?q=%E0%B9%84%E0%B8%82%E0%B9%89%E0%B9%80%E0%B8%A5%E0%B8%B7%E0%B8%AD"
            + "%E0%B8%94%E0%B8%AD%E0%B8%AD%E0%B8%81";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aRestoredPortalServesTheSameFeedAndTheSameMedia() throws Exception {
        Path work = OwnPortal.freshFolder("backup-proof");
        String run = Long.toString(System.nanoTime(), 36);
        String sourceDb = OwnPortal.newDatabase("backup_source_" + run);
        String targetDb = OwnPortal.newDatabase("backup_target_" + run);
        Map<String, String> source = portalEnv(sourceDb, "source" + run, Files.createDirectories(work.resolve("a")));
        source.put("FIRST_RUN_IMPORT", System.getProperty("portal.test.samples"));
        Map<String, String> target = portalEnv(targetDb, "target" + run, Files.createDirectories(work.resolve("b")));
        Path war = Path.of(System.getProperty("portal.war"));
        String key = ApiKey.generate().value();

        Snapshot before;
        Path backup;
        String expectedSearch;
        try (PayaraMicroProcess first = PayaraMicroProcess.start(war, FreePorts.pick(), work.resolve("payara-a"),
                work.resolve("a.log"), "768m", source, Duration.ofMinutes(4))) {
            awaitMediaSettled(source.get("DB_URL"));
            awaitATickOfTheScheduler(source.get("DB_URL")); // an overdue sample is suspended at the first one
            registerConsumer(source.get("DB_URL"), key);
            before = snapshot(first.baseUri(), key);
            assertTrue(before.items() >= 40, "the starter library is public: " + before.items() + " items");
            assertTrue(before.media().keySet().stream().anyMatch(u -> u.endsWith(".ts") || u.endsWith(".m4s")),
                    "with the segments of HLS ladders");
            Map<String, String> backupEnv = new HashMap<>(source);
            backupEnv.put("BACKUP_KEY", PASSPHRASE);
            backup = PortalBackup.create(backupEnv, work.resolve("backups"));
            expectedSearch = total(get(URI.create(PUBLIC_BASE + SEARCH), null, first.baseUri()));
            assertEquals(before, snapshot(first.baseUri(), key), "the source did not change while it was backed up");
        }

        Map<String, String> wrongKey = new HashMap<>(target);
        wrongKey.put("BACKUP_KEY", "not the passphrase");
        assertThrows(PortalRestore.BackupRefused.class, () -> PortalRestore.restore(wrongKey, backup));
        Path damaged = copyTree(backup, work.resolve("damaged"));
        try (Stream<Path> files = Files.walk(damaged.resolve("media"))) {
            Path victim = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(victim);
            bytes[bytes.length / 2] ^= 1;
            Files.write(victim, bytes);
        }
        Map<String, String> restoreEnv = new HashMap<>(target);
        restoreEnv.put("BACKUP_KEY", PASSPHRASE);
        PortalRestore.BackupRefused refused = assertThrows(PortalRestore.BackupRefused.class,
                () -> PortalRestore.restore(restoreEnv, damaged));
        assertTrue(refused.getMessage().contains("checksum differs"), refused.getMessage());
        assertEquals(0, tables(target.get("DB_URL")), "nothing was written for a refused backup");

        Instant started = Instant.now();
        PortalRestore.restore(restoreEnv, backup);
        System.out.printf("backup proof: %d items, %d media objects restored in %d ms%n", before.items(),
                before.media().size(), Duration.between(started, Instant.now()).toMillis());
        assertThrows(PortalRestore.BackupRefused.class, () -> PortalRestore.restore(restoreEnv, backup),
                "a database that is not empty is never restored over");

        try (PayaraMicroProcess second = PayaraMicroProcess.start(war, FreePorts.pick(), work.resolve("payara-b"),
                work.resolve("b.log"), "768m", target, Duration.ofMinutes(4))) {
            awaitATickOfTheScheduler(target.get("DB_URL")); // nothing may be due after the restore either
            Snapshot after = snapshot(second.baseUri(), key);
            assertEquals(before.feed(), after.feed(), "the same GovChannel feed, byte for byte");
            assertEquals(before.media(), after.media(), "the same bytes for every media object");
            assertEquals(expectedSearch, awaitSearchTotal(second.baseUri(), expectedSearch),
                    "search, rebuilt from the restored database, finds the same");
        }
    }

    /** The whole feed as a consumer reads it, and the SHA-256 of every media object it names. */
    private record Snapshot(URI base, String feed, int items, Map<String, String> media) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Snapshot s && feed.equals(s.feed) && media.equals(s.media);
        }

        @Override
        public int hashCode() {
            return feed.hashCode();
        }
    }

    private Snapshot snapshot(URI portal, String key) throws Exception {
        StringBuilder feed = new StringBuilder();
        String cursor = null;
        int items = 0;
        boolean more = true;
        while (more) {
            String body = get(URI.create(PUBLIC_BASE + "api/v1/feed?limit=100"
                    + (cursor == null ? "" : "&cursor=" + cursor)), key, portal);
            feed.append(body).append('\n');
            var page = jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
            items += page.getJsonArray("items").size();
            cursor = page.getString("nextCursor");
            more = page.getBoolean("hasMore");
        }
        Map<String, String> media = new TreeMap<>();
        List<String> pending = new ArrayList<>();
        Matcher url = Pattern.compile(Pattern.quote(PUBLIC_BASE) + "media/[^\"\\s]+").matcher(feed);
        while (url.find()) {
            pending.add(url.group());
        }
        while (!pending.isEmpty()) {
            String next = pending.remove(0);
            if (media.containsKey(next)) {
                continue;
            }
            HttpResponse<byte[]> object = http.send(HttpRequest.newBuilder(rebase(URI.create(next), portal))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, object.statusCode(), next);
            media.put(next, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(object.body())));
            if (next.endsWith(".m3u8")) {
                for (String line : new String(object.body(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        pending.add(URI.create(next).resolve(line.strip()).toString());
                    }
                    Matcher attribute = Pattern.compile("URI=\"([^\"]+)\"").matcher(line);
                    while (line.startsWith("#") && attribute.find()) { // captions, maps
                        pending.add(URI.create(next).resolve(attribute.group(1)).toString());
                    }
                }
            }
        }
        return new Snapshot(portal, feed.toString(), items, media);
    }

    private String get(URI publicUri, String key, URI portal) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(rebase(publicUri, portal)).timeout(Duration.ofSeconds(30));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), publicUri + ": " + answer.body());
        return answer.body();
    }

    /** A public URL, asked of one of the test's portals. */
    private static URI rebase(URI publicUri, URI portal) {
        return portal.resolve(publicUri.toString().substring(PUBLIC_BASE.length()));
    }

    /**
     * The number of hits for a Thai query, once the portal's index has it ({@code expected}), or once it stops changing
     * (null).
     */
    private String awaitSearchTotal(URI portal, String expected) throws Exception {
        String search = SEARCH;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        String previous = null;
        String found = null;
        while (Instant.now().isBefore(deadline)) {
            found = total(get(URI.create(PUBLIC_BASE + search), null, portal));
            if (expected != null ? expected.equals(found) : found.equals(previous) && !found.equals("0")) {
                return found;
            }
            previous = found;
            Thread.sleep(1000);
        }
        return found;
    }

    private static String total(String searchAnswer) {
        Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(searchAnswer);
        return total.find() ? total.group(1) : "none";
    }

    private static Map<String, String> portalEnv(String dbUrl, String indexPrefix, Path dataDir) {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", dbUrl);
        env.put("DB_USER", "portal");
        env.put("DB_PASSWORD", "");
        env.put("ES_URLS", System.getProperty("portal.test.esUrls"));
        env.put("SEARCH_INDEX_PREFIX", indexPrefix); // its own indices: the shared node serves other tests too
        env.put("DATA_DIR", dataDir.toString());
        env.put("PUBLIC_BASE_URL", PUBLIC_BASE);
        env.put("LINK_CHECK_ENABLED", "false");
        env.put("PUBLIC_RATE_LIMIT_PER_MINUTE", "0");
        return env;
    }

    /** Waits until the import's media are all processed and the feed has sequenced every change. */
    private static void awaitMediaSettled(String dbUrl) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
        while (Instant.now().isBefore(deadline)) {
            try (Connection db = DriverManager.getConnection(dbUrl, "portal", "");
                 ResultSet rows = db.createStatement().executeQuery("select (select count(*) from import_run"
                         + " where finished_at is not null), (select count(*) from media_asset where status = 'PROCESSING')"
                         + " + (select count(*) from media_job where state in ('QUEUED', 'RUNNING'))")) {
                rows.next();
                if (rows.getLong(1) > 0 && rows.getLong(2) == 0) {
                    awaitDrained(db); // the feed and the index take the last changes after their commit
                    return;
                }
            } catch (java.sql.SQLException notYetMigrated) {
                // the portal is still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the starter library's media were not processed in time");
    }

    /**
     * Waits past the scheduler's next minute (publication, expiry and review suspension run every minute on every
     * instance), then until the feed and the index have taken what it changed: a state no timer will change.
     */
    private static void awaitATickOfTheScheduler(String dbUrl) throws Exception {
        Thread.sleep(Duration.ofSeconds(65).toMillis());
        try (Connection db = DriverManager.getConnection(dbUrl, "portal", "")) {
            awaitDrained(db);
        }
    }

    /** Until neither the feed nor the search index has a change still to take. */
    private static void awaitDrained(Connection db) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            try (ResultSet rows = db.createStatement().executeQuery("select (select count(*) from feed_change)"
                    + " + (select count(*) from search_outbox)")) {
                rows.next();
                if (rows.getLong(1) == 0) {
                    return;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the feed or the search index did not catch up");
    }

    private static void registerConsumer(String dbUrl, String key) throws Exception {
        try (Connection db = DriverManager.getConnection(dbUrl, "portal", "")) {
            var insert = db.prepareStatement("insert into feed_consumer (id, name, key_hash, key_hint,"
                    + " requests_per_minute, created_at, changed_at) values (?, 'Backup proof channel', ?, ?, 100000,"
                    + " now(), now())");
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, ApiKey.hashOf(key));
            insert.setString(3, key.substring(0, 8));
            insert.executeUpdate();
        }
    }

    private static long tables(String dbUrl) throws Exception {
        try (Connection db = DriverManager.getConnection(dbUrl, "portal", "");
             ResultSet rows = db.createStatement().executeQuery("select count(*) from pg_tables"
                     + " where schemaname = current_schema()")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Path copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return to;
    }
}
