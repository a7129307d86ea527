package th.go.moph.healthliteracy.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import th.go.moph.healthliteracy.localstack.EmbeddedDatabase;
import th.go.moph.healthliteracy.localstack.FreePorts;
import th.go.moph.healthliteracy.localstack.PayaraMicroProcess;
import th.go.moph.healthliteracy.localstack.SearchNodeProcess;

/**
 * Import benchmark, run by {@code deploy/bench/import} (never by {@code mvn verify}). Starts its own PostgreSQL, search
 * node and portal, writes a generated corpus in the import format ({@link SyntheticCorpus#writeBundle}), hands it to
 * the portal's import inbox as one zip, and measures: the import (every article through the editor's services, one
 * transaction each, published by its attestation), the same archive again (every article "unchanged"), and how long
 * until the last imported article is in the feed and in the search index.
 */
public final class ImportBenchmark {

    private static final int CORPUS = Integer.getInteger("bench.corpus", 2_000);

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Bench.workFolder(args, "target/bench/import");
        List<String[]> rows = new ArrayList<>();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("postgres"), work.resolve("pg-binaries"));
             SearchNodeProcess node = SearchNodeProcess.start(work.resolve("search-node"), work.resolve("search-data"),
                     Path.of("pom.xml"), "512m", Duration.ofMinutes(3))) {
            int port = FreePorts.pick();
            Path inbox = Files.createDirectories(work.resolve("inbox"));
            Map<String, String> env = new HashMap<>(Bench.portalEnvironment(database, node, work, port));
            env.put("IMPORT_INBOX_DIR", inbox.toString());
            try (PayaraMicroProcess portal = PayaraMicroProcess.start(Path.of("target/portal.war"), port,
                    work.resolve("payara"), work.resolve("portal.log"), "1g", env, Duration.ofMinutes(5));
                 Connection db = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "")) {
                Bench.say("writing " + CORPUS + " generated articles in the import format");
                Path bundle = new SyntheticCorpus(Path.of("content-samples"))
                        .writeBundle(work.resolve("corpus"), CORPUS, "bench");
                Path zip = zip(bundle, work.resolve("corpus.zip"));
                Bench.say(String.format("the archive: %.1f MB", Files.size(zip) / 1e6));

                double first = hand(zip, inbox, "first.zip", Duration.ofMinutes(60));
                rows.add(new String[] {"Import " + CORPUS + " generated articles (new, published by attestation)",
                        String.format("%.1f s (%.0f articles/s)", first, CORPUS / first), "—", "—", "—"});
                long began = System.nanoTime();
                awaitCount(db, "select count(*) from feed_entry where kind = 'ITEM'", CORPUS, Duration.ofMinutes(30));
                double feed = (System.nanoTime() - began) / 1e9;
                awaitCount(db, "select count(*) from search_outbox", 0, Duration.ofMinutes(30), true);
                double search = (System.nanoTime() - began) / 1e9;
                rows.add(new String[] {"… then all of them in the feed / delivered to the search index",
                        String.format("+%.1f s / +%.1f s", feed, search), "—", "—", "—"});
                double second = hand(zip, inbox, "second.zip", Duration.ofMinutes(30));
                rows.add(new String[] {"The same archive again (all unchanged, nothing written)",
                        String.format("%.1f s (%.0f articles/s)", second, CORPUS / second), "—", "—", "—"});
            }
        }
        Bench.table(rows, work.resolve("results.md"));
    }

    /** Drops the archive into the inbox and waits for the report; returns the seconds it took. */
    private static double hand(Path zip, Path inbox, String name, Duration limit) throws Exception {
        Path part = inbox.resolve(name + ".part");
        Files.copy(zip, part);
        long began = System.nanoTime();
        Files.move(part, inbox.resolve(name));
        Path report = inbox.resolve("done").resolve(name + ".report.txt");
        long deadline = System.nanoTime() + limit.toNanos();
        while (!Files.exists(report)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no import report after " + limit);
            }
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        String text = Files.readString(report);
        Bench.say(text.lines().findFirst().orElse(""));
        if (text.lines().anyMatch(l -> l.startsWith("refused"))) {
            throw new IllegalStateException("items were refused:\n" + text);
        }
        return seconds;
    }

    private static void awaitCount(Connection db, String sql, long expected, Duration limit) throws Exception {
        awaitCount(db, sql, expected, limit, false);
    }

    private static void awaitCount(Connection db, String sql, long expected, Duration limit, boolean atMost)
            throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            long count = count(db, sql);
            if (atMost ? count <= expected : count >= expected) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(sql + ": " + count + " after " + limit);
            }
            Thread.sleep(200);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Path zip(Path folder, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
             Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(folder.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
        return zip;
    }
}
