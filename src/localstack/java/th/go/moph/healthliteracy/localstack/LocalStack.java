package th.go.moph.healthliteracy.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What {@code deploy/local/run} starts: PostgreSQL and the search node unless {@code DB_URL} / {@code ES_URLS} point at
 * external ones, then Payara Micro with the portal. Prints one ready line; Ctrl-C or SIGTERM stops all of it.
 * Data lives in {@code DATA_DIR} and survives restarts.
 */
public final class LocalStack {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private volatile boolean stopping;

    public static void main(String[] args) {
        LocalStack stack = new LocalStack();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-shutdown"));
        try {
            PayaraMicroProcess portal = stack.start(System.getenv());
            portal.awaitExit();
            if (!stack.stopping) { // stopped on its own, not by Ctrl-C or SIGTERM
                say("the portal stopped; see its log");
                System.exit(1);
            }
        } catch (Exception e) {
            say("could not start: " + e.getMessage());
            System.exit(1);
        }
    }

    private PayaraMicroProcess start(Map<String, String> env) throws Exception {
        int port = Integer.parseInt(env.getOrDefault("PORT", "8080"));
        requireFreePort(port);
        Path dataDir = Path.of(setting(env, "DATA_DIR").orElse(
                System.getProperty("user.home") + "/.local/share/health-literacy-portal")).toAbsolutePath();
        Path runtime = dataDir.resolve("runtime");
        Files.createDirectories(runtime);
        say("data directory " + dataDir);

        Map<String, String> portalEnv = new HashMap<>(env);
        portalEnv.put("DATA_DIR", dataDir.toString());
        portalEnv.put("PORT", String.valueOf(port));
        portalEnv.putIfAbsent("PUBLIC_BASE_URL", "http://localhost:" + port + "/");
        // an empty portal starts with the samples (FIRST_RUN_IMPORT= turns that off); deploy/local/import uses the inbox
        portalEnv.putIfAbsent("FIRST_RUN_IMPORT", Path.of("content-samples").toAbsolutePath().toString());
        portalEnv.putIfAbsent("IMPORT_INBOX_DIR", dataDir.resolve("import-inbox").toString());

        if (setting(env, "DB_URL").isEmpty()) {
            EmbeddedDatabase database = remember(EmbeddedDatabase.start(dataDir.resolve("postgres"),
                    runtime.resolve("postgres-binaries")));
            portalEnv.put("DB_URL", database.jdbcUrl());
            portalEnv.put("DB_USER", EmbeddedDatabase.USER);
            portalEnv.put("DB_PASSWORD", "");
            say("PostgreSQL (embedded) on port " + database.port());
        } else {
            say("PostgreSQL at " + env.get("DB_URL"));
        }

        if (setting(env, "ES_URLS").isEmpty()) {
            SearchNodeProcess node = remember(SearchNodeProcess.start(runtime.resolve("search-node"),
                    dataDir.resolve("search"), Path.of("pom.xml"), env.getOrDefault("SEARCH_NODE_HEAP", "512m"),
                    Duration.ofMinutes(3)));
            portalEnv.put("ES_URLS", node.httpUri().toString());
            say("search node (local) at " + node.httpUri());
        } else {
            say("Elasticsearch at " + env.get("ES_URLS"));
        }

        // for deploy/backup and deploy/restore while this stack runs: where its database and search node are
        Properties running = new Properties();
        for (String name : List.of("DB_URL", "DB_USER", "DB_PASSWORD", "ES_URLS")) {
            running.setProperty(name, portalEnv.getOrDefault(name, ""));
        }
        Path runningFile = runtime.resolve("local-stack.properties");
        try (var out = Files.newBufferedWriter(runningFile)) {
            running.store(out, "the running local stack; removed when it stops");
        }
        started.push(() -> Files.deleteIfExists(runningFile));

        Path log = dataDir.resolve("logs/portal.log");
        say("starting Payara Micro; its log: " + log);
        PayaraMicroProcess portal = remember(PayaraMicroProcess.start(Path.of("target/portal.war"), port,
                runtime.resolve("payara"), log, env.getOrDefault("PORTAL_HEAP", "1g"), portalEnv, Duration.ofMinutes(5)));
        showFirstAdministrator(dataDir.resolve("first-administrator.txt"));
        setting(portalEnv, "FIRST_RUN_IMPORT").ifPresent(bundle -> say("an empty database is filled from " + bundle
                + " in the background (its report: Import content, in the editor's admin menu)"));
        System.out.println("Portal ready at http://localhost:" + port + "/");
        System.out.flush();
        return portal;
    }

    /** The first administrator's password is shown here, once, and its file removed. */
    private static void showFirstAdministrator(Path credentials) throws IOException {
        if (!Files.exists(credentials)) {
            return;
        }
        System.out.println();
        System.out.println("  First administrator account (shown once; change the password after signing in):");
        for (String line : Files.readAllLines(credentials)) {
            System.out.println("    " + line.replace('=', ':').replace(":", ": "));
        }
        System.out.println();
        Files.delete(credentials);
    }

    private static void requireFreePort(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is in use; set PORT to another one");
        }
    }

    private static Optional<String> setting(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    private <T extends AutoCloseable> T remember(T service) {
        started.push(service);
        return service;
    }

    private void stop() {
        stopping = true;
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                say("stopping: " + e.getMessage());
            }
        }
    }

    private static void say(String message) {
        System.out.println("[local] " + message);
        System.out.flush();
    }
}
