package th.go.moph.healthliteracy.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

import th.go.moph.healthliteracy.media.application.MediaStore;

/**
 * {@code deploy/backup}: a consistent backup of the portal into a new folder. The database is read in one
 * serializable, read-only, deferrable transaction — a snapshot no concurrent write can tear — table by table in
 * PostgreSQL's COPY format; then every media object that snapshot names (originals, captions, renditions, and each
 * playlist and segment of an HLS ladder) is copied from the media store. Objects are only ever added under new keys
 * before the rows that name them commit, so everything the snapshot names is there to copy. A manifest records the
 * schema version, row counts and each object's checksum; {@code SHA256SUMS} every file's. With {@code BACKUP_KEY} set,
 * every file but those two is sealed (AES-256-GCM). The folder appears under its final name only when complete.
 */
public final class PortalBackup {

    private static final Pattern URI_ATTRIBUTE = Pattern.compile("URI=\"([^\"]+)\"");

    private PortalBackup() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: deploy/backup <folder to put the backup in>");
            System.exit(2);
        }
        try {
            Path backup = create(System.getenv(), Path.of(args[0]));
            System.out.println("[backup] written to " + backup);
        } catch (Exception e) {
            System.err.println("[backup] failed, nothing kept: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Backs the portal up into a new folder under {@code parent}; returns it. */
    public static Path create(Map<String, String> environment, Path parent) throws IOException, SQLException {
        BackupEnvironment env = new BackupEnvironment(environment);
        Instant now = Instant.now();
        String name = "backup-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC).format(now);
        Path done = Files.createDirectories(parent).resolve(name);
        Path partial = parent.resolve("." + name + ".partial");
        Properties manifest = new Properties();
        manifest.setProperty("format", "1");
        manifest.setProperty("createdAt", now.toString());
        Optional<Sealing> sealing = Optional.empty();
        if (env.passphrase().isPresent()) {
            byte[] salt = Sealing.newSalt();
            sealing = Optional.of(Sealing.withPassphrase(env.passphrase().get(), salt));
            manifest.setProperty("encrypted", "AES-256-GCM, PBKDF2-HMAC-SHA256");
            manifest.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        }
        BackupFiles files = new BackupFiles(Files.createDirectories(partial), sealing);
        MediaStore store = env.mediaStore();
        try {
            files.write(BackupFiles.KEY_CHECK, new java.io.ByteArrayInputStream(BackupFiles.KEY_CHECK_TEXT));
            Map<String, String> media = snapshotDatabase(env, files, manifest);
            int n = 0;
            for (Map.Entry<String, String> object : expandPlaylists(store, media).entrySet()) {
                String sum;
                try (InputStream in = store.open(object.getKey())) {
                    sum = files.write("media/" + object.getKey(), in);
                }
                manifest.setProperty("media." + n + ".key", object.getKey());
                manifest.setProperty("media." + n + ".contentType", object.getValue());
                manifest.setProperty("media." + n + ".sha256", sum);
                n++;
            }
            manifest.setProperty("media.count", String.valueOf(n));
            files.writeManifest(manifest);
            Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
            return done;
        } catch (IOException | SQLException | RuntimeException e) {
            BackupFiles.deleteTree(partial);
            throw e;
        } finally {
            BackupEnvironment.close(store);
        }
    }

    /** Copies every table out of one snapshot; returns the media keys it names, with their content types. */
    private static Map<String, String> snapshotDatabase(BackupEnvironment env, BackupFiles files, Properties manifest)
            throws SQLException, IOException {
        try (Connection db = env.database()) {
            db.setAutoCommit(false);
            try (Statement statement = db.createStatement()) {
                statement.execute("set transaction isolation level serializable, read only, deferrable");
                try (ResultSet version = statement.executeQuery("select version from flyway_schema_history"
                        + " where success and version is not null order by installed_rank desc limit 1")) {
                    if (!version.next()) {
                        throw new IllegalStateException("the database has no schema yet: nothing to back up");
                    }
                    manifest.setProperty("schemaVersion", version.getString(1));
                }
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("select c.relname from pg_class c join pg_namespace n"
                        + " on n.oid = c.relnamespace where n.nspname = current_schema() and c.relkind = 'r'"
                        + " and c.relname <> 'flyway_schema_history' order by 1")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                manifest.setProperty("tables", String.join(",", tables));
                var copy = db.unwrap(PGConnection.class).getCopyAPI();
                for (String table : tables) {
                    long rows;
                    try (OutputStream out = files.writer("database/" + table + ".copy")) {
                        rows = copy.copyOut("COPY " + quote(table) + " TO STDOUT", out);
                    }
                    manifest.setProperty("table." + table + ".rows", String.valueOf(rows));
                }
                Map<String, String> media = new LinkedHashMap<>();
                try (ResultSet rows = statement.executeQuery("select original_key, content_type from media_asset"
                        + " union select storage_key, 'text/vtt' from media_caption"
                        + " union select storage_key, content_type from rendition order by 1")) {
                    while (rows.next()) {
                        media.put(rows.getString(1), rows.getString(2));
                    }
                }
                db.commit();
                return media;
            }
        }
    }

    /** The keys named, plus every variant playlist, segment and map an HLS playlist among them refers to. */
    static Map<String, String> expandPlaylists(MediaStore store, Map<String, String> named) throws IOException {
        Map<String, String> all = new LinkedHashMap<>(named);
        List<String> playlists = new ArrayList<>(named.keySet().stream().filter(k -> k.endsWith(".m3u8")).toList());
        while (!playlists.isEmpty()) {
            String playlist = playlists.remove(0);
            String folder = playlist.contains("/") ? playlist.substring(0, playlist.lastIndexOf('/') + 1) : "";
            String text;
            try (InputStream in = store.open(playlist)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String line : text.split("\\R")) {
                List<String> references = new ArrayList<>();
                if (!line.isBlank() && !line.startsWith("#")) {
                    references.add(line.strip());
                }
                Matcher attribute = URI_ATTRIBUTE.matcher(line);
                while (line.startsWith("#") && attribute.find()) {
                    references.add(attribute.group(1));
                }
                for (String reference : references) {
                    if (reference.contains(":") || reference.startsWith("/")) {
                        continue; // absolute: not an object of this store
                    }
                    String key = Path.of(folder + reference).normalize().toString().replace('\\', '/');
                    if (all.putIfAbsent(key, contentType(key)) == null && key.endsWith(".m3u8")) {
                        playlists.add(key);
                    }
                }
            }
        }
        return all;
    }

    static String contentType(String key) {
        if (key.endsWith(".m3u8")) {
            return "application/vnd.apple.mpegurl";
        } else if (key.endsWith(".ts")) {
            return "video/mp2t";
        } else if (key.endsWith(".m4s")) {
            return "video/iso.segment";
        } else if (key.endsWith(".mp4")) {
            return "video/mp4";
        } else if (key.endsWith(".vtt")) {
            return "text/vtt";
        }
        return "application/octet-stream";
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
