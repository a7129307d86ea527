package th.go.moph.healthliteracy.platform.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded zip archive into an empty folder, refusing what an archive must not do: an entry that would land
 * outside the folder (absolute, {@code ..}, drive letters), more entries or more bytes than the limits (counted as
 * they are written, never trusted from the headers, so a "zip bomb" stops at the limit). Refused means nothing is left:
 * the folder is emptied again.
 */
public final class SafeArchive {

    /** How much an archive may hold. */
    public record Limits(int maxEntries, long maxTotalBytes, long maxEntryBytes) {

        /**
         * A bundle of tens of thousands of items (two or three files each, four or five with media) fits; expansion is
         * bounded by the bytes, counted as they are written.
         */
        public static final Limits IMPORTS = new Limits(200_000, 8L << 30, 4L << 30);
    }

    /** An archive refused: why. */
    public static class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    private SafeArchive() {
    }

    /** Unpacks {@code zip} into {@code target} (created if missing, and empty); returns the number of files. */
    public static int extract(InputStream zip, Path target, Limits limits) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> existing = Files.list(target)) {
            if (existing.findAny().isPresent()) {
                throw new IllegalArgumentException("unpack into an empty folder: " + target);
            }
        }
        Path root = target.toRealPath();
        try {
            return unpack(zip, root, limits);
        } catch (RuntimeException | IOException e) {
            empty(root);
            throw e;
        }
    }

    private static int unpack(InputStream zip, Path root, Limits limits) throws IOException {
        int files = 0;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(zip)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++files > limits.maxEntries()) {
                    throw new RefusedException("more than " + limits.maxEntries() + " entries");
                }
                Path destination = destination(root, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    files--;
                    continue;
                }
                Files.createDirectories(destination.getParent());
                long written = 0;
                try (OutputStream out = Files.newOutputStream(destination)) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        written += read;
                        total += read;
                        if (written > limits.maxEntryBytes()) {
                            throw new RefusedException(entry.getName() + " expands beyond "
                                    + limits.maxEntryBytes() + " bytes");
                        }
                        if (total > limits.maxTotalBytes()) {
                            throw new RefusedException("the archive expands beyond " + limits.maxTotalBytes()
                                    + " bytes");
                        }
                        out.write(buffer, 0, read);
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new RefusedException("not a readable zip archive: " + e.getMessage());
        }
        if (files == 0) {
            throw new RefusedException("the archive is empty (or not a zip archive)");
        }
        return files;
    }

    /** Where an entry goes, or a refusal if it would go anywhere but under {@code root}. */
    static Path destination(Path root, String name) {
        String normalized = name.replace('\\', '/');
        if (normalized.isEmpty() || normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")
                || normalized.contains("\0")) {
            throw new RefusedException("entry '" + printable(name) + "' has an absolute or invalid name");
        }
        Path destination = root.resolve(normalized).normalize();
        if (!destination.startsWith(root) || destination.equals(root)) {
            throw new RefusedException("entry '" + printable(name) + "' would land outside the import folder");
        }
        return destination;
    }

    private static String printable(String name) {
        String shown = name.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 120 ? shown.substring(0, 120) + "…" : shown;
    }

    private static void empty(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(root)).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
