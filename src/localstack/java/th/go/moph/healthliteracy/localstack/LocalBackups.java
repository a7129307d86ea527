package th.go.moph.healthliteracy.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import th.go.moph.healthliteracy.platform.backup.PortalBackup;
import th.go.moph.healthliteracy.platform.backup.PortalRestore;

/**
 * {@code deploy/backup} and {@code deploy/restore} on the local default: with {@code DB_URL} set, the portal's own
 * settings are used as they are; without it, the embedded PostgreSQL of {@code DATA_DIR} — the running local stack's
 * (its address is in {@code DATA_DIR/runtime/local-stack.properties}), or started here for the time it takes.
 */
public final class LocalBackups {

    private LocalBackups() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || !args[0].equals("backup") && !args[0].equals("restore")) {
            System.err.println("usage: LocalBackups backup <folder> | restore <backup folder>");
            System.exit(2);
        }
        try {
            Map<String, String> env = new HashMap<>(System.getenv());
            Path dataDir = Path.of(env.getOrDefault("DATA_DIR",
                    System.getProperty("user.home") + "/.local/share/health-literacy-portal")).toAbsolutePath();
            env.put("DATA_DIR", dataDir.toString());
            EmbeddedDatabase started = null;
            if (blank(env.get("DB_URL"))) {
                Path running = dataDir.resolve("runtime/local-stack.properties");
                if (Files.isRegularFile(running)) {
                    Properties stack = new Properties();
                    try (var in = Files.newBufferedReader(running)) {
                        stack.load(in);
                    }
                    stack.stringPropertyNames().forEach(name -> env.putIfAbsent(name, stack.getProperty(name)));
                } else {
                    if (args[0].equals("backup") && !Files.isDirectory(dataDir.resolve("postgres"))) {
                        throw new IOException("no portal data in " + dataDir + " (set DATA_DIR, or DB_URL)");
                    }
                    started = EmbeddedDatabase.start(dataDir.resolve("postgres"),
                            Files.createDirectories(dataDir.resolve("runtime")).resolve("postgres-binaries"));
                    env.put("DB_URL", started.jdbcUrl());
                    env.put("DB_USER", EmbeddedDatabase.USER);
                    env.put("DB_PASSWORD", "");
                }
            }
            try {
                if (args[0].equals("backup")) {
                    System.out.println("[backup] written to " + PortalBackup.create(env, Path.of(args[1])));
                } else {
                    PortalRestore.restore(env, Path.of(args[1]));
                    System.out.println("[restore] done into " + dataDir + "; start the portal (deploy/local/run with"
                            + " this DATA_DIR): it rebuilds its search index from the database");
                }
            } finally {
                if (started != null) {
                    started.close();
                }
            }
        } catch (Exception e) {
            System.err.println("[" + args[0] + "] failed; nothing was kept: " + e.getMessage());
            System.exit(1);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
