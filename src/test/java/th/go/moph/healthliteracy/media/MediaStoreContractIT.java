package th.go.moph.healthliteracy.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import th.go.moph.healthliteracy.localstack.S3ProxyProcess;
import th.go.moph.healthliteracy.media.application.MediaStore;
import th.go.moph.healthliteracy.media.infrastructure.storage.FileSystemMediaStore;
import th.go.moph.healthliteracy.media.infrastructure.storage.S3MediaStore;

/**
 * The same contract for both media stores: the filesystem under a data directory, and S3 through the AWS SDK against
 * a real S3-compatible server (S3Proxy, started for the test run), including multipart uploads of large objects.
 */
class MediaStoreContractIT {

    private static final long MIB = 1024 * 1024;
    private static Path work;
    private static FileSystemMediaStore filesystem;
    private static S3MediaStore s3;
    private static S3MediaStore s3OtherPrefix;

    @BeforeAll
    static void openStores() throws Exception {
        work = Files.createDirectories(Path.of(System.getProperty("portal.work"), "store-contract", UUID.randomUUID().toString()));
        filesystem = new FileSystemMediaStore(work.resolve("media"));
        String bucket = "media-" + UUID.randomUUID().toString().substring(0, 8);
        URI endpoint = URI.create(System.getProperty("portal.test.s3Endpoint"));
        String accessKey = System.getProperty("portal.test.s3AccessKey");
        String secretKey = System.getProperty("portal.test.s3SecretKey");
        S3ProxyProcess.createBucket(endpoint, accessKey, secretKey, bucket);
        s3 = new S3MediaStore(new S3MediaStore.Settings(Optional.of(endpoint), "us-east-1", bucket, "portal", true,
                Optional.of(accessKey), Optional.of(secretKey), 6 * MIB, 5 * MIB));
        s3OtherPrefix = new S3MediaStore(new S3MediaStore.Settings(Optional.of(endpoint), "us-east-1", bucket, "other/",
                true, Optional.of(accessKey), Optional.of(secretKey), 6 * MIB, 5 * MIB));
    }

    @AfterAll
    static void closeStores() {
        s3.close();
        s3OtherPrefix.close();
    }

    static Stream<MediaStore> stores() {
        return Stream.of(filesystem, s3);
    }

    private static Path file(String name, byte[] bytes) throws IOException {
        Path file = work.resolve(UUID.randomUUID() + "-" + name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static String key(String name) {
        return "contract/" + UUID.randomUUID() + "/" + name;
    }

    @ParameterizedTest
    @MethodSource("stores")
    void storesReadsDescribesAndDeletes(MediaStore store) throws Exception {
        byte[] bytes = random(100_000);
        String key = key("poster.webp");
        assertFalse(store.exists(key));
        store.put(key, file("poster.webp", bytes), "image/webp");

        assertTrue(store.exists(key));
        MediaStore.StoredObject stored = store.describe(key).orElseThrow();
        assertEquals(bytes.length, stored.size());
        assertFalse(stored.etag().isBlank());
        try (InputStream in = store.open(key)) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
        try (InputStream in = store.open(key, 1000, 500)) {
            assertArrayEquals(Arrays.copyOfRange(bytes, 1000, 1500), in.readAllBytes(), "a byte range");
        }
        try (InputStream in = store.open(key, bytes.length - 10, 10)) {
            assertArrayEquals(Arrays.copyOfRange(bytes, bytes.length - 10, bytes.length), in.readAllBytes(), "the tail");
        }
        Path copy = work.resolve(UUID.randomUUID() + ".copy");
        store.copyTo(key, copy);
        assertArrayEquals(bytes, Files.readAllBytes(copy));

        store.delete(key);
        assertFalse(store.exists(key));
        assertEquals(Optional.empty(), store.describe(key));
        store.delete(key); // deleting what is gone is no error
    }

    @ParameterizedTest
    @MethodSource("stores")
    void replacingAnObjectChangesItWhole(MediaStore store) throws Exception {
        String key = key("index.m3u8");
        store.put(key, file("a.m3u8", "#EXTM3U\n# first\n".getBytes()), "application/vnd.apple.mpegurl");
        String firstTag = store.describe(key).orElseThrow().etag();
        store.put(key, file("b.m3u8", "#EXTM3U\n# second, longer\n".getBytes()), "application/vnd.apple.mpegurl");
        try (InputStream in = store.open(key)) {
            assertEquals("#EXTM3U\n# second, longer\n", new String(in.readAllBytes()));
        }
        assertNotEquals(firstTag, store.describe(key).orElseThrow().etag());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void whatIsMissingIsReportedAsMissing(MediaStore store) {
        String key = key("missing.ts");
        assertThrows(NoSuchFileException.class, () -> store.open(key).close());
        assertThrows(NoSuchFileException.class, () -> store.copyTo(key, work.resolve(UUID.randomUUID() + ".copy")));
        assertThrows(NoSuchFileException.class, () -> store.size(key));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aPutFromAMissingFileLeavesNothing(MediaStore store) throws Exception {
        String key = key("never.mp4");
        assertThrows(IOException.class, () -> store.put(key, work.resolve("no-such-file.mp4"), "video/mp4"));
        assertFalse(store.exists(key));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void keysThatCouldEscapeAreRefused(MediaStore store) {
        for (String key : List.of("../etc/passwd", "a/../../b", "/abs", "UPPER", "a//b", "")) {
            assertThrows(IllegalArgumentException.class, () -> store.put(key, work, "x"), key);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aWriteProbeSucceeds(MediaStore store) throws Exception {
        store.checkWritable();
    }

    @org.junit.jupiter.api.Test
    void aLargeObjectGoesUpInPartsAndArrivesWhole() throws Exception {
        byte[] bytes = random((int) (13 * MIB + 12345)); // three parts of 5 MiB, the last one shorter
        String key = key("original.mp4");
        s3.put(key, file("large.mp4", bytes), "video/mp4");
        assertEquals(bytes.length, s3.size(key));
        Path copy = work.resolve(UUID.randomUUID() + ".copy");
        s3.copyTo(key, copy);
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(bytes),
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(copy)));
        try (InputStream in = s3.open(key, 5 * MIB - 3, 6)) {
            assertArrayEquals(Arrays.copyOfRange(bytes, (int) (5 * MIB - 3), (int) (5 * MIB + 3)), in.readAllBytes(),
                    "bytes across the seam of two parts");
        }
    }

    @org.junit.jupiter.api.Test
    void aPrefixKeepsTwoPortalsApartInOneBucket() throws Exception {
        String key = key("shared-name.jpg");
        s3.put(key, file("a.jpg", random(10)), "image/jpeg");
        assertTrue(s3.exists(key));
        assertFalse(s3OtherPrefix.exists(key));
    }
}
