package th.go.moph.healthliteracy.media.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import th.go.moph.healthliteracy.media.application.MediaWorkArea;

/**
 * Removes the chunks of uploads nobody came back to resume. PrimeFaces keeps the chunks received so far in a folder
 * per upload (named by a number) in {@code DATA_DIR/media/work/upload-chunks}, so that an editor whose connection
 * dropped, or who reloaded the page, can pick the same file again and continue; after {@code MEDIA_UPLOAD_RESUME_HOURS}
 * without a new chunk the upload is given up and its folder removed.
 */
@Singleton
public class UploadChunkSweeper {

    private static final Logger LOG = Logger.getLogger(UploadChunkSweeper.class.getName());

    @Inject
    MediaWorkArea workArea;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "MEDIA_UPLOAD_RESUME_HOURS", defaultValue = "24")
    int resumeHours;

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void sweep() {
        try {
            sweep(workArea.folder("upload-chunks"), clock.instant().minus(Duration.ofHours(resumeHours)));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot sweep abandoned upload chunks", e);
        }
    }

    /** Deletes the chunk folders under {@code dir} last written before {@code cutoff}; returns how many. */
    static int sweep(Path dir, Instant cutoff) {
        int removed = 0;
        List<Path> folders;
        try (Stream<Path> entries = Files.list(dir)) {
            folders = entries.filter(p -> p.getFileName().toString().matches("-?\\d{1,11}") && Files.isDirectory(p)).toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list " + dir, e);
            return 0;
        }
        for (Path folder : folders) {
            try {
                if (lastWritten(folder).isBefore(cutoff)) {
                    deleteTree(folder);
                    removed++;
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot remove abandoned upload chunks in " + folder, e);
            }
        }
        if (removed > 0) {
            int count = removed;
            LOG.info(() -> "Removed the chunks of " + count + " abandoned upload(s)");
        }
        return removed;
    }

    private static Instant lastWritten(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(p -> {
                try {
                    return Files.getLastModifiedTime(p).toInstant();
                } catch (IOException gone) {
                    return Instant.MIN;
                }
            }).max(Comparator.naturalOrder()).orElse(Instant.MIN);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
