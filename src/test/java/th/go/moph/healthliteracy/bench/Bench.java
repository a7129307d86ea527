package th.go.moph.healthliteracy.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import th.go.moph.healthliteracy.localstack.EmbeddedDatabase;
import th.go.moph.healthliteracy.localstack.SearchNodeProcess;

/** What every benchmark here shares: its working folder, an HTTP client, progress lines and the results table. */
final class Bench {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Bench() {
    }

    static HttpClient http() {
        return HTTP;
    }

    static void say(String message) {
        System.out.println("[bench] " + message);
        System.out.flush();
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return OpenLoopLoad.percentile(sorted, 50);
    }

    /** Prints the rows (figure, value, reference, ratio, target) as a table with the machine, and writes it. */
    static void table(List<String[]> rows, Path file) throws IOException {
        String machine = Machine.describe();
        StringBuilder table = new StringBuilder("| figure | value | reference | ratio | target | machine |\n"
                + "|---|---|---|---|---|---|\n");
        for (String[] row : rows) {
            table.append("| ").append(String.join(" | ", row)).append(" | ").append(machine).append(" |\n");
        }
        System.out.println();
        System.out.print(table);
        Files.writeString(file, table);
    }

    /** A fresh, empty working folder for one benchmark. */
    static Path workFolder(String[] args, String fallback) throws IOException {
        Path work = Path.of(args.length > 0 ? args[0] : fallback).toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        return work;
    }

    /**
     * The portal's environment on this benchmark's own PostgreSQL and search node, with the public rate limit lifted:
     * the portal is measured, not the limit.
     */
    static Map<String, String> portalEnvironment(EmbeddedDatabase database, SearchNodeProcess node, Path work,
            int port) {
        return Map.of("DB_URL", database.jdbcUrl(), "DB_USER", EmbeddedDatabase.USER, "DB_PASSWORD", "",
                "ES_URLS", node.httpUri().toString(), "DATA_DIR", work.resolve("data").toString(),
                "LINK_CHECK_ENABLED", "false", "PUBLIC_BASE_URL", "http://localhost:" + port + "/",
                "PUBLIC_RATE_LIMIT_PER_MINUTE", "0");
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
