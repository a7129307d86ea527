package th.go.moph.healthliteracy.bench;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import th.go.moph.healthliteracy.localstack.EmbeddedDatabase;
import th.go.moph.healthliteracy.localstack.FreePorts;
import th.go.moph.healthliteracy.localstack.PayaraMicroProcess;
import th.go.moph.healthliteracy.localstack.SearchNodeProcess;
import th.go.moph.healthliteracy.publishing.domain.ApiKey;

/**
 * Feed benchmarks, run by {@code deploy/bench/feed} (never by {@code mvn verify}). Starts its own PostgreSQL, search
 * node and portal, writes published articles straight into the database, lets the portal sequence them into the feed,
 * registers a consumer, and saves the first feed page of 100 items to a file that nginx serves as a static file. Then:
 * <ul>
 * <li>that page's p95 at 100 requests/s (open loop, {@link OpenLoopLoad}), from the portal and from nginx (target:
 * portal ≤ 25 ms);</li>
 * <li>304 revalidations ({@code If-None-Match}) per second with {@code wrk} (closed loop, as fast as they come back),
 * portal and nginx (target: portal ≥ 5,000/s);</li>
 * <li>publish → visible in the feed: a published item committed in the database until a consumer polling from its
 * cursor receives it.</li>
 * </ul>
 */
public final class FeedBenchmark {

    private static final int CORPUS = Integer.getInteger("bench.corpus", 2_000);
    private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 60));
    private static final int ROUNDS = 3;

    private FeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Bench.workFolder(args, "target/bench/feed");
        List<String[]> rows = new ArrayList<>();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("postgres"), work.resolve("pg-binaries"));
             SearchNodeProcess node = SearchNodeProcess.start(work.resolve("search-node"), work.resolve("search-data"),
                     Path.of("pom.xml"), "512m", Duration.ofMinutes(3))) {
            int port = FreePorts.pick();
            Map<String, String> env = Bench.portalEnvironment(database, node, work, port);
            try (PayaraMicroProcess portal = PayaraMicroProcess.start(Path.of("target/portal.war"), port,
                    work.resolve("payara"), work.resolve("portal.log"), "1g", env, Duration.ofMinutes(5));
                 Connection db = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "")) {
                SyntheticCorpus corpus = new SyntheticCorpus(Path.of("content-samples"));
                List<UUID> agencies = corpus.prepare(db);
                long began = System.nanoTime();
                corpus.publish(db, agencies, CORPUS, "สังเคราะห์");
                awaitSequenced(db, CORPUS, Duration.ofMinutes(20));
                double sequenced = (System.nanoTime() - began) / 1e9;
                rows.add(new String[] {"Sequence " + CORPUS + " published articles into the feed",
                        String.format("%.1f s (%.0f items/s)", sequenced, CORPUS / sequenced), "—", "—", "—"});
                String key = registerConsumer(db);
                URI feed = URI.create("http://localhost:" + port + "/api/v1/feed?limit=100");
                HttpResponse<byte[]> first = Bench.http().send(HttpRequest.newBuilder(feed)
                        .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofByteArray());
                Path page = work.resolve("static/page.json");
                Files.createDirectories(page.getParent());
                Files.write(page, first.body());
                Bench.say("feed page: " + first.body().length + " bytes, ETag " + first.headers().firstValue("ETag")
                        .orElse("none"));
                try (Nginx nginx = Nginx.serve(page.getParent(), work.resolve("nginx"))) {
                    URI file = nginx.uri("page.json");
                    rows.add(pageLatency(feed, key, file));
                    rows.add(revalidations(feed, key, first.headers().firstValue("ETag").orElseThrow(), file));
                }
                rows.add(publishToVisible(db, corpus, agencies, port, key));
            }
        }
        Bench.table(rows, work.resolve("results.md"));
    }

    private static String[] pageLatency(URI feed, String key, URI file) throws Exception {
        OpenLoopLoad.Request viaPortal = OpenLoopLoad.Request.get(feed, Map.of("Authorization", "Bearer " + key));
        OpenLoopLoad.Request fromFile = OpenLoopLoad.Request.get(file, Map.of());
        IntFunction<OpenLoopLoad.Request> portal = i -> viaPortal;
        IntFunction<OpenLoopLoad.Request> nginx = i -> fromFile;
        try (OpenLoopLoad load = new OpenLoopLoad()) {
            return pageLatency(load, portal, nginx);
        }
    }

    private static String[] pageLatency(OpenLoopLoad load, IntFunction<OpenLoopLoad.Request> portal,
            IntFunction<OpenLoopLoad.Request> nginx) throws Exception {
        Bench.say("warm-up " + load.run(50, WARM_UP, portal));
        Bench.say("warm-up " + load.run(50, WARM_UP.dividedBy(4), nginx));
        List<Double> portalP95 = new ArrayList<>();
        List<Double> nginxP95 = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            OpenLoopLoad.Result p = load.run(100, RUN, portal);
            Bench.say("portal " + p);
            OpenLoopLoad.Result n = load.run(100, RUN, nginx);
            Bench.say("nginx " + n);
            portalP95.add(p.errors() == 0 ? p.p95Millis() : Double.NaN);
            nginxP95.add(n.p95Millis());
        }
        double portalMedian = Bench.median(portalP95);
        double nginxMedian = Bench.median(nginxP95);
        return new String[] {String.format("Feed page of 100 items, p95 at 100 requests/s (open loop, median of %d"
                + " %d s runs)", ROUNDS, RUN.toSeconds()), String.format("%.1f ms", portalMedian),
                String.format("nginx serving the same bytes from a file: %.1f ms", nginxMedian),
                String.format(Locale.ROOT, "%.2f×", portalMedian / nginxMedian), "≤ 25 ms"};
    }

    private static String[] revalidations(URI feed, String key, String etag, URI file) throws Exception {
        String nginxTag = Bench.http().send(OpenLoopLoad.get(file), HttpResponse.BodyHandlers.discarding()).headers()
                .firstValue("ETag").orElseThrow();
        for (var revalidation : List.of(HttpRequest.newBuilder(feed).header("If-None-Match", etag)
                .header("Authorization", "Bearer " + key).build(), HttpRequest.newBuilder(file)
                .header("If-None-Match", nginxTag).build())) {
            int status = Bench.http().send(revalidation, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 304) {
                throw new IllegalStateException(revalidation.uri() + " answered a revalidation with " + status);
            }
        }
        Wrk warm = Wrk.run(feed, List.of("If-None-Match: " + etag, "Authorization: Bearer " + key),
                Duration.ofSeconds(15));
        Bench.say("warm-up wrk portal " + warm);
        List<Double> portal = new ArrayList<>();
        List<Double> nginx = new ArrayList<>();
        Wrk last = warm;
        for (int round = 0; round < ROUNDS; round++) {
            last = Wrk.run(feed, List.of("If-None-Match: " + etag, "Authorization: Bearer " + key), RUN);
            Bench.say("wrk portal " + last);
            portal.add(last.notModifiedOnly() ? last.perSecond() : 0);
            Wrk n = Wrk.run(file, List.of("If-None-Match: " + nginxTag), RUN);
            Bench.say("wrk nginx " + n);
            nginx.add(n.perSecond());
        }
        double portalMedian = Bench.median(portal);
        double nginxMedian = Bench.median(nginx);
        return new String[] {String.format("304 revalidations of the feed page per second (wrk, 2 threads, 32"
                + " connections, median of %d %d s runs)", ROUNDS, RUN.toSeconds()),
                String.format("%.0f/s (p99 %s)", portalMedian, last.p99()),
                String.format("nginx, same page: %.0f/s", nginxMedian),
                String.format(Locale.ROOT, "%.2f of nginx", portalMedian / nginxMedian), "≥ 5,000/s"};
    }

    private static String[] publishToVisible(Connection db, SyntheticCorpus corpus, List<UUID> agencies, int port,
            String key) throws Exception {
        List<Double> seconds = new ArrayList<>();
        String cursor = tail(port, key, null);
        for (int i = 0; i < 10; i++) {
            String marker = "feedmark" + UUID.randomUUID().toString().substring(0, 8);
            long published = System.nanoTime();
            corpus.publish(db, agencies, 1, marker);
            while (true) {
                HttpResponse<String> page = Bench.http().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + port + "/api/v1/feed?limit=500&cursor=" + cursor)).header("Authorization", "Bearer " + key)
                        .build(), HttpResponse.BodyHandlers.ofString());
                JsonObject body = Json.createReader(new StringReader(page.body())).readObject();
                cursor = body.getString("nextCursor");
                if (page.body().contains(marker)) {
                    break;
                }
                if (System.nanoTime() - published > 30_000_000_000L) {
                    throw new IllegalStateException("a published item did not reach the feed within 30 s");
                }
                Thread.sleep(10);
            }
            seconds.add((System.nanoTime() - published) / 1e9);
        }
        double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Bench.say("publish → visible in the feed: " + seconds);
        return new String[] {"Publish → visible in the feed (10 publications)",
                String.format("median %.2f s, max %.2f s", OpenLoopLoad.percentile(sorted, 50),
                        sorted[sorted.length - 1]),
                "database commit to a consumer's poll that holds it", "—", "(search: ≤ 2 s)"};
    }

    /** Pages through the whole feed; returns the cursor at its end. */
    private static String tail(int port, String key, String from) throws Exception {
        String cursor = from;
        boolean more = true;
        while (more) {
            HttpResponse<String> page = Bench.http().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/v1/feed?limit=500" + (cursor == null ? "" : "&cursor=" + cursor)))
                    .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
            JsonObject body = Json.createReader(new StringReader(page.body())).readObject();
            cursor = body.getString("nextCursor");
            more = body.getBoolean("hasMore");
        }
        return cursor;
    }

    private static String registerConsumer(Connection db) throws Exception {
        ApiKey key = ApiKey.generate();
        try (PreparedStatement insert = db.prepareStatement("insert into feed_consumer (id, name, key_hash, key_hint,"
                + " allowed_view, requests_per_minute, active, created_at, changed_at) values (?, 'Benchmark', ?, ?, '',"
                + " 1000000, true, now(), now())")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, key.hash());
            insert.setString(3, key.hint());
            insert.executeUpdate();
        }
        if (!db.getAutoCommit()) {
            db.commit();
        }
        return key.value();
    }

    private static void awaitSequenced(Connection db, int count, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (var rows = db.createStatement().executeQuery("select (select count(*) from feed_change),"
                    + " (select count(*) from feed_entry)")) {
                rows.next();
                if (rows.getLong(1) == 0 && rows.getLong(2) >= count) {
                    return;
                }
                Bench.say(rows.getLong(1) + " changes waiting, " + rows.getLong(2) + " in the feed");
            }
            if (!db.getAutoCommit()) {
                db.commit();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the feed did not take every item within " + timeout);
            }
            Thread.sleep(1_000);
        }
    }

    /** nginx serving one folder on a free local port, in the foreground, until closed. */
    private static final class Nginx implements AutoCloseable {

        private final Process process;
        private final int port;

        private Nginx(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static Nginx serve(Path root, Path home) throws Exception {
            Files.createDirectories(home.resolve("temp"));
            int port = FreePorts.pick();
            Path conf = home.resolve("nginx.conf");
            Files.writeString(conf, String.join("\n",
                    "daemon off;", "worker_processes 1;", "user root;", "pid " + home.resolve("nginx.pid") + ";",
                    "error_log " + home.resolve("error.log") + ";", "events { worker_connections 1024; }",
                    "http {", "  access_log off;", "  types { application/json json; }", "  etag on;",
                    "  client_body_temp_path " + home.resolve("temp") + ";",
                    "  proxy_temp_path " + home.resolve("temp") + ";", "  fastcgi_temp_path " + home.resolve("temp")
                            + ";", "  uwsgi_temp_path " + home.resolve("temp") + ";", "  scgi_temp_path "
                            + home.resolve("temp") + ";",
                    "  server { listen 127.0.0.1:" + port + "; root " + root + "; }", "}", ""));
            Process process = new ProcessBuilder(nginxBinary(), "-c", conf.toString(), "-p", home.toString())
                    .redirectErrorStream(true).redirectOutput(home.resolve("nginx.out").toFile()).start();
            Nginx nginx = new Nginx(process, port);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (true) {
                try {
                    if (Bench.http().send(OpenLoopLoad.get(nginx.uri("page.json")),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return nginx;
                    }
                } catch (IOException notYet) {
                    if (System.nanoTime() > deadline || !process.isAlive()) {
                        nginx.close();
                        throw new IllegalStateException("nginx did not start; see " + home.resolve("nginx.out"));
                    }
                }
                Thread.sleep(100);
            }
        }

        private static String nginxBinary() {
            return Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
        }

        URI uri(String file) {
            return URI.create("http://127.0.0.1:" + port + "/" + file);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** One run of wrk against a URL with headers: requests per second, latency percentiles, and non-304 answers. */
    private record Wrk(double perSecond, String p99, long others, String output) {

        private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
        private static final Pattern P99 = Pattern.compile("\\s99%\\s+(\\S+)");
        private static final Pattern OTHERS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

        static Wrk run(URI url, List<String> headers, Duration duration) throws Exception {
            List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c32", "-d" + duration.toSeconds() + "s",
                    "--latency"));
            headers.forEach(h -> command.addAll(List.of("-H", h)));
            command.add(url.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            process.waitFor();
            Matcher rate = RATE.matcher(output);
            Matcher p99 = P99.matcher(output);
            Matcher others = OTHERS.matcher(output);
            if (!rate.find()) {
                throw new IllegalStateException("wrk printed no rate:\n" + output);
            }
            return new Wrk(Double.parseDouble(rate.group(1)), p99.find() ? p99.group(1) : "?",
                    others.find() ? Long.parseLong(others.group(1)) : 0, output);
        }

        /** Every answer was a 3xx (wrk counts 304 among them). */
        boolean notModifiedOnly() {
            return others == 0;
        }

        @Override
        public String toString() {
            return String.format("%.0f/s, p99 %s, other answers %d", perSecond, p99, others);
        }
    }
}
