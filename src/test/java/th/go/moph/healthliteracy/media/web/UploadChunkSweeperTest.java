package th.go.moph.healthliteracy.media.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadChunkSweeperTest {

    @Test
    void onlyChunkFoldersLeftAloneLongerThanTheCutoffGo(@TempDir Path dir) throws Exception {
        Instant now = Instant.now();
        Path abandoned = chunks(dir, "-123456", now.minus(Duration.ofHours(30)));
        Path resuming = chunks(dir, "987654", now.minus(Duration.ofMinutes(5)));
        Path notOurs = Files.createDirectories(dir.resolve("jsp-work"));
        Files.setLastModifiedTime(notOurs, FileTime.from(now.minus(Duration.ofDays(9))));

        assertEquals(1, UploadChunkSweeper.sweep(dir, now.minus(Duration.ofHours(24))));
        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(resuming.resolve("0")));
        assertTrue(Files.exists(notOurs));
    }

    private static Path chunks(Path dir, String name, Instant written) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (String chunk : new String[] {"0", "1"}) {
            Path file = Files.write(folder.resolve(chunk), new byte[16]);
            Files.setLastModifiedTime(file, FileTime.from(written));
        }
        Files.setLastModifiedTime(folder, FileTime.from(written));
        return folder;
    }
}
