package th.go.moph.healthliteracy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import th.go.moph.healthliteracy.localstack.EmbeddedDatabase;
import th.go.moph.healthliteracy.localstack.FreePorts;
import th.go.moph.healthliteracy.localstack.PayaraMicroProcess;
import th.go.moph.healthliteracy.localstack.SearchNodeProcess;

/**
 * Cold start and memory of the whole local stack, as {@code deploy/local/run} starts it: PostgreSQL, the search node
 * and Payara Micro with the portal on an empty database (migrations, the first administrator, the indices) until every
 * readiness check is UP; then the resident memory of every process of the stack (children included, read from
 * {@code /proc}), right after start and after a minute of citizen traffic.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Bench.workFolder(args, "target/bench/startup");
        List<String[]> rows = new ArrayList<>();
        long began = System.nanoTime();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("postgres"), work.resolve("pg-binaries"))) {
            double postgres = seconds(began);
            long nodeBegan = System.nanoTime();
            try (SearchNodeProcess node = SearchNodeProcess.start(work.resolve("search-node"), work.resolve("search-data"),
                    Path.of("pom.xml"), "512m", Duration.ofMinutes(3))) {
                double search = seconds(nodeBegan);
                int port = FreePorts.pick();
                long portalBegan = System.nanoTime();
                try (PayaraMicroProcess portal = PayaraMicroProcess.start(Path.of("target/portal.war"), port,
                        work.resolve("payara"), work.resolve("portal.log"), "1g",
                        Bench.portalEnvironment(database, node, work, port), Duration.ofMinutes(5))) {
                    double ready = seconds(portalBegan);
                    double total = seconds(began);
                    rows.add(new String[] {"Cold start of the whole stack to ready (empty database)",
                            String.format("%.1f s", total), String.format("PostgreSQL %.1f s + search node %.1f s +"
                                    + " portal %.1f s", postgres, search, ready), "—", "—"});
                    long afterStart = residentKb(work);
                    Bench.say("a minute of citizen traffic: the home pages and search");
                    long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                    int requests = 0;
                    while (System.nanoTime() < until) {
                        for (String path : List.of("th/", "en/", "api/v1/search?q=%E0%B9%84%E0%B8%82%E0%B9%89")) {
                            Bench.http().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                                    .build(), HttpResponse.BodyHandlers.discarding());
                            requests++;
                        }
                    }
                    long afterLoad = residentKb(work);
                    rows.add(new String[] {"Resident memory of the whole stack (PostgreSQL, search node, portal)",
                            String.format("%.0f MB after start, %.0f MB after %d requests", afterStart / 1024.0,
                                    afterLoad / 1024.0, requests),
                            "heaps: search node 512 MB, portal 1 GB", "—", "—"});
                }
            }
        }
        Bench.table(rows, work.resolve("results.md"));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** The resident memory of every process started from {@code work}, and of their children. */
    static long residentKb(Path work) throws IOException {
        Set<Long> pids = new TreeSet<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String command = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
                    if (command.contains(work.toString())) {
                        long pid = Long.parseLong(process.getFileName().toString());
                        pids.add(pid);
                        ProcessHandle.of(pid).ifPresent(h -> h.descendants().forEach(d -> pids.add(d.pid())));
                    }
                } catch (IOException gone) {
                    // the process ended meanwhile
                }
            }
        }
        pids.remove(ProcessHandle.current().pid());
        long total = 0;
        for (long pid : pids) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        total += Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException gone) {
                // ended meanwhile
            }
        }
        return total;
    }
}
