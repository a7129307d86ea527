package th.go.moph.healthliteracy.platform.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeArchiveTest {

    private static final SafeArchive.Limits SMALL = new SafeArchive.Limits(10, 1_000_000, 600_000);

    @TempDir
    Path dir;

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }

    @Test
    void anOrdinaryArchiveIsUnpackedWithItsFolders() throws Exception {
        byte[] archive = zip(Map.of("items/dengue/item.json", "{}".getBytes(StandardCharsets.UTF_8),
                "items/dengue/body.html", "<p>ไข้เลือดออก</p>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, SafeArchive.extract(new ByteArrayInputStream(archive), dir.resolve("out"), SMALL));
        assertEquals("<p>ไข้เลือดออก</p>", Files.readString(dir.resolve("out/items/dengue/body.html")));
    }

    @Test
    void anEntryThatWouldEscapeIsRefusedAndNothingIsLeft() throws Exception {
        for (String evil : new String[] {"../escaped.txt", "items/../../escaped.txt", "/etc/cron.d/x", "C:/x",
                "..\\windows.txt"}) {
            Path out = dir.resolve("out-" + Integer.toHexString(evil.hashCode()));
            byte[] archive = zip(new java.util.LinkedHashMap<>(Map.of("good.txt", new byte[10])) {
                {
                    put(evil, new byte[10]);
                }
            });
            SafeArchive.RefusedException refused = assertThrows(SafeArchive.RefusedException.class,
                    () -> SafeArchive.extract(new ByteArrayInputStream(archive), out, SMALL), evil);
            assertTrue(refused.getMessage().contains("outside") || refused.getMessage().contains("absolute"),
                    refused.getMessage());
            assertTrue(isEmpty(out), "nothing left behind for " + evil);
            assertTrue(Files.notExists(dir.resolve("escaped.txt")));
        }
    }

    @Test
    void expansionIsBoundedWhateverTheHeadersSay() throws Exception {
        byte[] bomb = zip(Map.of("zeros.bin", new byte[5_000_000])); // a few kilobytes compressed
        assertTrue(bomb.length < 50_000, "compressed to " + bomb.length);
        Path out = dir.resolve("bomb");
        SafeArchive.RefusedException refused = assertThrows(SafeArchive.RefusedException.class,
                () -> SafeArchive.extract(new ByteArrayInputStream(bomb), out, SMALL));
        assertTrue(refused.getMessage().contains("expands beyond"), refused.getMessage());
        assertTrue(isEmpty(out));

        Map<String, byte[]> many = new java.util.HashMap<>();
        for (int i = 0; i < 11; i++) {
            many.put("f" + i + ".txt", new byte[1]);
        }
        assertThrows(SafeArchive.RefusedException.class,
                () -> SafeArchive.extract(new ByteArrayInputStream(zip(many)), dir.resolve("many"), SMALL));
        assertTrue(isEmpty(dir.resolve("many")));
    }

    @Test
    void whatIsNotAnArchiveIsRefused() {
        assertThrows(SafeArchive.RefusedException.class, () -> SafeArchive.extract(
                new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8)), dir.resolve("junk"), SMALL));
    }
}
