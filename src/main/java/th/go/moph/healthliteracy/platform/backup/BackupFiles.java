package th.go.moph.healthliteracy.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A backup's folder: {@code manifest.properties} (what it holds), {@code SHA256SUMS} (every other file's checksum as
 * stored, in the format {@code sha256sum -c} reads), {@code database/<table>.copy} (PostgreSQL COPY text) and
 * {@code media/<key>}; each sealed with {@link Sealing} when the backup is encrypted.
 */
final class BackupFiles {

    static final String MANIFEST = "manifest.properties";
    static final String SUMS = "SHA256SUMS";
    static final String KEY_CHECK = "key-check";
    static final byte[] KEY_CHECK_TEXT = "health literacy portal backup".getBytes(StandardCharsets.UTF_8);

    private final Path root;
    private final Optional<Sealing> sealing;
    private final Map<String, String> stored = new LinkedHashMap<>();

    BackupFiles(Path root, Optional<Sealing> sealing) {
        this.root = root;
        this.sealing = sealing;
    }

    /** Writes {@code name} from {@code content}; returns the SHA-256 of the content (before sealing). */
    String write(String name, InputStream content) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        MessageDigest plain = sha256();
        MessageDigest onDisk = sha256();
        try (OutputStream disk = new DigestOutputStream(Files.newOutputStream(file), onDisk);
             OutputStream out = new DigestOutputStream(sealing.isPresent() ? sealing.get().seal(disk) : disk, plain)) {
            content.transferTo(out);
        }
        stored.put(name, HexFormat.of().formatHex(onDisk.digest()));
        return HexFormat.of().formatHex(plain.digest());
    }

    /** A stream to write {@code name} through (for PostgreSQL's COPY); closing it records its checksum. */
    OutputStream writer(String name) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        MessageDigest onDisk = sha256();
        OutputStream disk = new DigestOutputStream(Files.newOutputStream(file), onDisk) {
            @Override
            public void close() throws IOException {
                super.close();
                stored.put(name, HexFormat.of().formatHex(onDisk.digest()));
            }
        };
        return sealing.isPresent() ? sealing.get().seal(disk) : disk;
    }

    /** The content of {@code name}, unsealed. */
    InputStream read(String name) throws IOException {
        InputStream disk = Files.newInputStream(root.resolve(name));
        return sealing.isPresent() ? sealing.get().open(disk) : disk;
    }

    void writeManifest(Properties manifest) throws IOException {
        try (Writer out = Files.newBufferedWriter(root.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            manifest.store(out, "Health Literacy Portal backup");
        }
        stored.put(MANIFEST, digest(root.resolve(MANIFEST)));
        StringBuilder sums = new StringBuilder();
        stored.forEach((name, sum) -> sums.append(sum).append("  ").append(name).append('\n'));
        Files.writeString(root.resolve(SUMS), sums, StandardCharsets.UTF_8);
    }

    static Properties readManifest(Path root) throws IOException {
        Properties manifest = new Properties();
        try (Reader in = Files.newBufferedReader(root.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            manifest.load(in);
        }
        return manifest;
    }

    /** Every file {@code SHA256SUMS} names, checked; the damaged or missing ones, named. */
    static List<String> damaged(Path root) throws IOException {
        List<String> damaged = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve(SUMS), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String sum = line.substring(0, 64);
            String name = line.substring(66);
            Path file = root.resolve(name).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                damaged.add(name + " (missing)");
            } else if (!digest(file).equals(sum)) {
                damaged.add(name + " (checksum differs)");
            }
        }
        return damaged;
    }

    static String digest(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
