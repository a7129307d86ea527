package th.go.moph.healthliteracy.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

import th.go.moph.healthliteracy.media.application.MediaStore;

/**
 * {@code deploy/restore}: puts a backup back into an empty database and an empty media store. Everything is checked
 * before anything is written (every file against {@code SHA256SUMS}, the passphrase against the backup's key check,
 * the database and the store empty); then the schema is migrated to the backup's version, the tables loaded in one
 * transaction in the order their foreign keys need (with their own triggers off, so that loading rows does not
 * invent feed or outbox entries), identity sequences moved past the loaded rows, and the media objects stored, each
 * checked against its recorded checksum. A failure part-way leaves the database and the store as empty as they were.
 * Finally the portal's search indices ({@code <SEARCH_INDEX_PREFIX>-items-*}) are removed, so that the portal builds
 * them afresh from the restored database when it starts (a failure there is a warning: the data is restored).
 */
public final class PortalRestore {

    private PortalRestore() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: deploy/restore <backup folder>");
            System.exit(2);
        }
        try {
            restore(System.getenv(), Path.of(args[0]));
            System.out.println("[restore] done; start the portal: it rebuilds its search index from the database");
        } catch (Exception e) {
            System.err.println("[restore] failed, nothing restored: " + e.getMessage());
            System.exit(1);
        }
    }

    /** A backup that cannot be restored as it is: damaged, or its passphrase missing or wrong. */
    public static class BackupRefused extends Exception {
        private static final long serialVersionUID = 1L;

        BackupRefused(String message) {
            super(message);
        }
    }

    public static void restore(Map<String, String> environment, Path backup) throws Exception {
        BackupEnvironment env = new BackupEnvironment(environment);
        Path root = backup.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve(BackupFiles.MANIFEST)) || !Files.isRegularFile(root.resolve(BackupFiles.SUMS))) {
            throw new BackupRefused(root + " is not a backup (no manifest and SHA256SUMS)");
        }
        List<String> damaged = BackupFiles.damaged(root);
        if (!damaged.isEmpty()) {
            throw new BackupRefused("the backup is damaged: " + String.join(", ", damaged));
        }
        Properties manifest = BackupFiles.readManifest(root);
        BackupFiles files = new BackupFiles(root, sealing(env, manifest));
        try (InputStream check = files.read(BackupFiles.KEY_CHECK)) {
            if (!Arrays.equals(check.readAllBytes(), BackupFiles.KEY_CHECK_TEXT)) {
                throw new BackupRefused("the backup's key check does not match");
            }
        } catch (IOException wrongKey) {
            throw new BackupRefused("BACKUP_KEY does not open this backup: " + wrongKey.getMessage());
        }
        requireEmptyDatabase(env);
        MediaStore store = env.mediaStore();
        List<String> stored = new ArrayList<>();
        boolean migrated = false;
        try {
            requireEmptyStore(env, store, manifest);
            migrate(env, manifest.getProperty("schemaVersion"));
            migrated = true;
            requireTheSchemasTables(env, manifest);
            load(env, files, manifest);
            int count = Integer.parseInt(manifest.getProperty("media.count", "0"));
            for (int n = 0; n < count; n++) {
                String key = manifest.getProperty("media." + n + ".key");
                putChecked(files, store, key, manifest.getProperty("media." + n + ".contentType"),
                        manifest.getProperty("media." + n + ".sha256"));
                stored.add(key);
            }
        } catch (Exception e) {
            for (String key : stored) {
                try {
                    store.delete(key);
                } catch (IOException | RuntimeException left) {
                    System.err.println("[restore] could not remove " + key + ": " + left.getMessage());
                }
            }
            if (migrated) {
                clean(env); // only what this restore created: the database was empty before it began
            }
            throw e;
        } finally {
            BackupEnvironment.close(store);
        }
        try {
            dropSearchIndices(env);
        } catch (IOException | RuntimeException e) {
            System.err.println("[restore] warning: the data is restored, but the old search indices could not be"
                    + " removed (" + e.getMessage() + "); rebuild search from the search page after starting");
        }
    }

    /** A backup whose table list was edited (a table left out) is refused: it must be the whole schema's. */
    private static void requireTheSchemasTables(BackupEnvironment env, Properties manifest)
            throws SQLException, BackupRefused {
        Set<String> schema = new java.util.TreeSet<>();
        try (Connection db = env.database(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select c.relname from pg_class c join pg_namespace n"
                     + " on n.oid = c.relnamespace where n.nspname = current_schema() and c.relkind = 'r'"
                     + " and c.relname <> 'flyway_schema_history'")) {
            while (rows.next()) {
                schema.add(rows.getString(1));
            }
        }
        Set<String> backedUp = new java.util.TreeSet<>(List.of(manifest.getProperty("tables", "").split(",")));
        if (!schema.equals(backedUp)) {
            throw new BackupRefused("the backup's tables are not those of its schema version "
                    + manifest.getProperty("schemaVersion") + ": damaged or altered");
        }
    }

    private static Optional<Sealing> sealing(BackupEnvironment env, Properties manifest) throws BackupRefused {
        String salt = manifest.getProperty("salt");
        if (salt == null) {
            return Optional.empty();
        }
        char[] passphrase = env.passphrase().orElseThrow(() -> new BackupRefused(
                "the backup is encrypted: set BACKUP_KEY to its passphrase"));
        return Optional.of(Sealing.withPassphrase(passphrase, Base64.getDecoder().decode(salt)));
    }

    private static void requireEmptyDatabase(BackupEnvironment env) throws SQLException, BackupRefused {
        try (Connection db = env.database(); Statement statement = db.createStatement();
             ResultSet tables = statement.executeQuery("select (select count(*) from pg_class c join pg_namespace n"
                     + " on n.oid = c.relnamespace where n.nspname = current_schema())"
                     + " + (select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                     + " where n.nspname = current_schema())"
                     + " + (select count(*) from pg_type t join pg_namespace n on n.oid = t.typnamespace"
                     + " where n.nspname = current_schema())")) {
            tables.next();
            if (tables.getLong(1) > 0) {
                throw new BackupRefused("the database at DB_URL is not empty: restore into a new, empty database");
            }
        }
    }

    private static void requireEmptyStore(BackupEnvironment env, MediaStore store, Properties manifest)
            throws IOException, BackupRefused {
        if (env.filesystemStore()) {
            Path objects = env.mediaFolder().resolve("objects");
            try (var entries = Files.list(objects)) {
                if (entries.findAny().isPresent()) {
                    throw new BackupRefused("the media folder " + objects + " is not empty");
                }
            }
            return;
        }
        int count = Integer.parseInt(manifest.getProperty("media.count", "0"));
        for (int n = 0; n < count; n++) {
            String key = manifest.getProperty("media." + n + ".key");
            if (store.describe(key).isPresent()) {
                throw new BackupRefused("the media store already holds " + key + ": restore into an empty bucket or prefix");
            }
        }
    }

    private static void migrate(BackupEnvironment env, String version) {
        Flyway.configure().dataSource(env.require("DB_URL"), env.optional("DB_USER").orElse("portal"),
                env.optional("DB_PASSWORD").orElse("")).locations("classpath:db/migration").target(version)
                .load().migrate();
    }

    /** Loads every table in one transaction, parents before children, with the tables' own triggers off. */
    private static void load(BackupEnvironment env, BackupFiles files, Properties manifest)
            throws SQLException, IOException, BackupRefused {
        List<String> tables = List.of(manifest.getProperty("tables").split(","));
        try (Connection db = env.database()) {
            db.setAutoCommit(false);
            try (Statement statement = db.createStatement()) {
                List<String> ordered = loadOrder(statement, tables);
                for (String table : ordered) {
                    statement.execute("alter table " + PortalBackup.quote(table) + " disable trigger user");
                }
                List<String> children = new ArrayList<>(ordered);
                java.util.Collections.reverse(children);
                for (String table : children) { // rows the migrations seed: the backup has them as they were
                    statement.execute("delete from " + PortalBackup.quote(table));
                }
                var copy = db.unwrap(PGConnection.class).getCopyAPI();
                for (String table : ordered) {
                    long rows;
                    try (InputStream in = files.read("database/" + table + ".copy")) {
                        rows = copy.copyIn("COPY " + PortalBackup.quote(table) + " FROM STDIN", in);
                    }
                    long expected = Long.parseLong(manifest.getProperty("table." + table + ".rows"));
                    if (rows != expected) {
                        throw new BackupRefused(table + ": " + rows + " rows loaded, the backup recorded " + expected);
                    }
                }
                for (String table : ordered) {
                    statement.execute("alter table " + PortalBackup.quote(table) + " enable trigger user");
                }
                advanceSequences(statement);
                db.commit();
            } catch (SQLException | IOException | BackupRefused | RuntimeException e) {
                db.rollback();
                throw e;
            }
        }
    }

    /** The tables in an order in which every foreign key's target comes first (a table may refer to itself). */
    static List<String> loadOrder(Statement statement, List<String> tables) throws SQLException, BackupRefused {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        tables.forEach(t -> parents.put(t, new LinkedHashSet<>()));
        try (ResultSet keys = statement.executeQuery("select child.relname, parent.relname from pg_constraint k"
                + " join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid"
                + " join pg_namespace n on n.oid = child.relnamespace where k.contype = 'f'"
                + " and n.nspname = current_schema()")) {
            while (keys.next()) {
                if (parents.containsKey(keys.getString(1)) && !keys.getString(1).equals(keys.getString(2))) {
                    parents.get(keys.getString(1)).add(keys.getString(2));
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < tables.size()) {
            String next = parents.entrySet().stream().filter(e -> !ordered.contains(e.getKey()))
                    .filter(e -> ordered.containsAll(e.getValue().stream().filter(parents::containsKey).toList()))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new BackupRefused("the tables' foreign keys form a cycle"));
            ordered.add(next);
        }
        return ordered;
    }

    private static void advanceSequences(Statement statement) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("select table_name, column_name from information_schema.columns"
                + " where table_schema = current_schema() and (is_identity = 'YES' or column_default like 'nextval(%')")) {
            while (rows.next()) {
                columns.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        for (String[] column : columns) {
            String table = PortalBackup.quote(column[0]);
            String name = PortalBackup.quote(column[1]);
            statement.execute("select setval(pg_get_serial_sequence('" + table.replace("'", "''") + "', '"
                    + column[1].replace("'", "''") + "'), coalesce((select max(" + name + ") from " + table + "), 1),"
                    + " (select max(" + name + ") from " + table + ") is not null)");
        }
    }

    private static void putChecked(BackupFiles files, MediaStore store, String key, String contentType, String sha256)
            throws IOException, BackupRefused {
        Path temp = Files.createTempFile("restore-", ".object");
        try {
            MessageDigest digest = BackupFiles.sha256();
            try (InputStream in = new DigestInputStream(files.read("media/" + key), digest)) {
                Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                throw new BackupRefused("the media object " + key + " does not match its checksum");
            }
            store.put(key, temp, contentType);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** After a failure: the database back to empty (it was, before the restore began). */
    private static void clean(BackupEnvironment env) {
        try {
            Flyway.configure().dataSource(env.require("DB_URL"), env.optional("DB_USER").orElse("portal"),
                    env.optional("DB_PASSWORD").orElse("")).cleanDisabled(false).load().clean();
        } catch (RuntimeException e) {
            System.err.println("[restore] could not empty the database again: " + e.getMessage());
        }
    }

    /** Removes the search indices of {@code SEARCH_INDEX_PREFIX}: the portal rebuilds them from the database. */
    private static void dropSearchIndices(BackupEnvironment env) throws IOException, InterruptedException {
        Optional<String> urls = env.optional("ES_URLS");
        if (urls.isEmpty()) {
            return;
        }
        String base = urls.get().split(",")[0].strip().replaceAll("/$", "");
        String prefix = env.optional("SEARCH_INDEX_PREFIX").orElse("portal");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> list = http.send(request(env, base + "/_cat/indices/" + prefix
                + "-items-*?h=index&format=json")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (list.statusCode() != 200) {
            throw new IOException("the search cluster answered " + list.statusCode() + " when listing indices");
        }
        Matcher index = Pattern.compile("\"index\"\\s*:\\s*\"([^\"]+)\"").matcher(list.body());
        while (index.find()) {
            if (!index.group(1).startsWith(prefix + "-items-")) {
                continue;
            }
            HttpResponse<String> deleted = http.send(request(env, base + "/" + index.group(1)).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (deleted.statusCode() != 200) {
                throw new IOException("could not remove the search index " + index.group(1) + ": " + deleted.body());
            }
        }
    }

    private static HttpRequest.Builder request(BackupEnvironment env, String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        env.optional("ES_API_KEY").ifPresent(key -> builder.header("Authorization", "ApiKey " + key));
        return builder;
    }
}
