package th.go.moph.healthliteracy.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.go.moph.healthliteracy.testing.OwnPortal;
import th.go.moph.healthliteracy.localstack.PayaraMicroProcess;
import th.go.moph.healthliteracy.testing.Ffmpeg;
import th.go.moph.healthliteracy.localstack.S3ProxyProcess;
import th.go.moph.healthliteracy.media.infrastructure.storage.S3MediaStore;

/**
 * Kills the portal with SIGKILL while it transcodes, starts it again, and sees the job finish once: the second attempt
 * takes over when the dead worker's lease runs out, ignores what the first attempt (and its orphaned ffmpeg) left in
 * its own folder, and records exactly one set of renditions. Runs its own portal on its own database, so the shared
 * test deployment's worker cannot take the job, and keeps its media in S3 (S3Proxy): the original is fetched from the
 * bucket, the renditions are stored there, and the portal serves them from there with Range requests.
 */
class TranscodeCrashRecoveryIT {

    private static final int LEASE_SECONDS = 10;

    @Test
    void aTranscodeInterruptedByKill9FinishesAfterRestartWithNothingLostOrDuplicated() throws Exception {
        Path work = OwnPortal.freshFolder("crash-recovery");
        Path dataDir = Files.createDirectories(work.resolve("data"));
        String database = "recovery_" + Long.toString(System.nanoTime(), 36);
        String dbUrl = OwnPortal.newDatabase(database);
        String bucket = database.replace('_', '-');
        URI s3Endpoint = URI.create(System.getProperty("portal.test.s3Endpoint"));
        String s3Key = System.getProperty("portal.test.s3AccessKey");
        String s3Secret = System.getProperty("portal.test.s3SecretKey");
        S3ProxyProcess.createBucket(s3Endpoint, s3Key, s3Secret, bucket);
        Map<String, String> env = Map.ofEntries(Map.entry("DB_URL", dbUrl), Map.entry("DB_USER", "portal"),
                Map.entry("DB_PASSWORD", ""), Map.entry("ES_URLS", System.getProperty("portal.test.esUrls")),
                Map.entry("DATA_DIR", dataDir.toString()), Map.entry("LINK_CHECK_ENABLED", "false"),
                Map.entry("SEARCH_INDEX_PREFIX", database), // its own indices: the shared node serves other tests too
                Map.entry("MEDIA_JOB_LEASE_SECONDS", String.valueOf(LEASE_SECONDS)),
                Map.entry("MEDIA_STORE", "s3"), Map.entry("S3_ENDPOINT", s3Endpoint.toString()),
                Map.entry("S3_BUCKET", bucket), Map.entry("S3_PATH_STYLE", "true"),
                Map.entry("S3_ACCESS_KEY_ID", s3Key), Map.entry("S3_SECRET_ACCESS_KEY", s3Secret));
        Path war = Path.of(System.getProperty("portal.war"));
        int port = freePort();

        PayaraMicroProcess first = PayaraMicroProcess.start(war, port, work.resolve("payara-1"), work.resolve("first.log"),
                "768m", env, Duration.ofMinutes(4));
        UUID assetId = UUID.randomUUID();
        UUID jobId = UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(dbUrl, "portal", "");
             S3MediaStore store = new S3MediaStore(new S3MediaStore.Settings(Optional.of(s3Endpoint), "us-east-1",
                     bucket, "", true, Optional.of(s3Key), Optional.of(s3Secret), 64L << 20, 16L << 20))) {
            Path original = work.resolve("clip.mp4");
            Ffmpeg.run("-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25", "-f", "lavfi", "-i", "sine=frequency=440",
                    "-t", "40", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac",
                    original.toString());
            store.put("originals/" + assetId + "/clip.mp4", original, "video/mp4");
            insertAssetAndJob(db, assetId, jobId, original);
            awaitState(db, jobId, "RUNNING", Duration.ofSeconds(60));
            awaitFile(dataDir.resolve("media/work/jobs/" + jobId + "/1/out/v0/seg_0000.ts"), Duration.ofSeconds(60));
            first.killAbruptly(); // ffmpeg is writing the ladder: killed mid-transcode
            assertEquals("RUNNING attempt 1", stringOf(db, "select state || ' attempt ' || attempts from media_job where id = ?", jobId));

            PayaraMicroProcess second = PayaraMicroProcess.start(war, port, work.resolve("payara-2"),
                    work.resolve("second.log"), "768m", env, Duration.ofMinutes(4));
            try {
                awaitState(db, jobId, "SUCCEEDED", Duration.ofMinutes(6));
                assertEquals(2, intOf(db, "select attempts from media_job where id = ?", jobId), "the second attempt finished it");
                assertEquals(1, intOf(db, "select count(*) from media_job where asset_id = ?", assetId));
                assertEquals("READY", stringOf(db, "select status from media_asset where id = ?", assetId));
                assertEquals(1, intOf(db, "select count(*) from rendition where asset_id = ? and kind = 'HLS_MASTER'", assetId));
                assertEquals(3, intOf(db, "select count(*) from rendition where asset_id = ?", assetId), "master, poster, MP4");
                String master = stringOf(db, "select storage_key from rendition where asset_id = ? and kind = 'HLS_MASTER'", assetId);
                String playlist = read(store, master);
                assertTrue(playlist.contains("RESOLUTION=1280x720") && playlist.contains("RESOLUTION=640x360"), playlist);
                String rung = master.replace("master.m3u8", "v0/");
                for (String line : read(store, rung + "index.m3u8").split("\n")) {
                    if (line.endsWith(".ts")) {
                        assertTrue(store.size(rung + line) > 0, line);
                    }
                }
                servedFromTheBucket(db, port, item(db, assetId), rung + "seg_0001.ts", store);
            } finally {
                second.close();
            }
        } finally {
            first.close();
            killOrphans(work);
            OwnPortal.dropDatabase(database);
        }
    }

    /** The portal serves the bucket's objects with Range requests, and only once the item is live. */
    private static void servedFromTheBucket(Connection db, int port, UUID item, String key, S3MediaStore store) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + port + "/media/" + key);
        assertEquals(404, http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode(),
                "not live: not served");
        exec(db, "update content_item set status = 'PUBLISHED', live_revision = 1 where id = ?", item);
        HttpResponse<byte[]> range = http.send(HttpRequest.newBuilder(uri).header("Range", "bytes=188-375").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, range.statusCode());
        assertEquals("bytes 188-375/" + store.size(key), range.headers().firstValue("Content-Range").orElseThrow());
        assertEquals("video/mp2t", range.headers().firstValue("Content-Type").orElseThrow());
        try (InputStream in = store.open(key, 188, 188)) {
            assertArrayEquals(in.readAllBytes(), range.body());
        }
    }

    private static UUID item(Connection db, UUID assetId) throws SQLException {
        return UUID.fromString(stringOf(db, "select cast(item_id as text) from media_asset where id = ?", assetId));
    }

    private static String read(S3MediaStore store, String key) throws Exception {
        try (InputStream in = store.open(key)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static void insertAssetAndJob(Connection db, UUID assetId, UUID jobId, Path original) throws Exception {
        UUID agency = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        UUID author = UUID.randomUUID();
        exec(db, "insert into agency (id, code, name_th, name_en) values (?, 'CRASH', 'ทดสอบ', 'Crash test')", agency);
        exec(db, "insert into content_item (id, type, agency_id, language, translation_group, slug, status,"
                + " status_changed_at, working_revision, created_at, created_by, updated_at)"
                + " values (?, 'VIDEO', ?, 'th', ?, 'crash-clip', 'UNPUBLISHED', now(), 1, now(), ?, now())",
                item, agency, item, author);
        exec(db, "insert into media_asset (id, item_id, kind, original_name, original_key, content_type, size_bytes,"
                + " sha256, width, height, duration_seconds, status, created_by, created_at, updated_at)"
                + " values (?, ?, 'VIDEO', 'clip.mp4', ?, 'video/mp4', " + Files.size(original) + ", '" + "0".repeat(64)
                + "', 1280, 720, 40, 'PROCESSING', ?, now(), now())", assetId, item, "originals/" + assetId + "/clip.mp4",
                author);
        exec(db, "insert into media_job (id, asset_id, type, state, next_attempt_at, created_at, updated_at)"
                + " values (?, ?, 'VIDEO_TRANSCODE', 'QUEUED', now(), now(), now())", jobId, assetId);
    }

    private static void exec(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static void awaitState(Connection db, UUID jobId, String state, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        String seen = null;
        while (Instant.now().isBefore(deadline)) {
            seen = stringOf(db, "select state || ' attempt ' || attempts || coalesce(' ' || last_error, '') from media_job where id = ?", jobId);
            if (seen.startsWith(state)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + jobId + " not " + state + " within " + timeout + "; last seen: " + seen);
    }

    private static void awaitFile(Path file, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!Files.exists(file)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(file + " did not appear within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    private static int intOf(Connection db, String sql, Object parameter) throws SQLException {
        return Integer.parseInt(stringOf(db, sql, parameter));
    }

    private static String stringOf(Connection db, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    /** The first portal's ffmpeg outlives it (that is the point); end it with the test. */
    private static void killOrphans(Path work) {
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ffmpeg") && c.contains(work.toString())).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
