package th.go.moph.healthliteracy.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

import jakarta.json.Json;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;

import th.go.moph.healthliteracy.localstack.EmbeddedDatabase;
import th.go.moph.healthliteracy.localstack.FreePorts;
import th.go.moph.healthliteracy.localstack.PayaraMicroProcess;
import th.go.moph.healthliteracy.localstack.SearchNodeProcess;
import th.go.moph.healthliteracy.search.domain.PageRequest;
import th.go.moph.healthliteracy.search.domain.QueryText;
import th.go.moph.healthliteracy.search.domain.SearchFilters;
import th.go.moph.healthliteracy.search.domain.SpellingCorrection;
import th.go.moph.healthliteracy.search.domain.SynonymList;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemQueries;

/**
 * Search benchmarks, run by {@code deploy/bench/search} (never by {@code mvn verify}). Starts its own PostgreSQL,
 * search node and portal, writes a synthetic corpus of 10,000 published Thai articles, lets the portal index them
 * through its outbox, then measures with an open-loop load ({@link OpenLoopLoad}):
 * <ul>
 * <li>{@code GET /api/v1/search} at 100 and 200 requests/s, against the very query the portal sends, posted straight
 * to Elasticsearch at the same rate (target: portal p95 at most 1.3 times the direct p95);</li>
 * <li>the highest of a series of rates the portal holds with p95 under 100 ms and no errors;</li>
 * <li>publish → visible: a published item committed in the database until the search API finds it (target 2 s).</li>
 * </ul>
 * The portal runs with its public rate limit lifted ({@code PUBLIC_RATE_LIMIT_PER_MINUTE=0}), so that the figures
 * measure searching, not the limit.
 */
public final class SearchBenchmark {

    private static final int CORPUS = Integer.getInteger("bench.corpus", 10_000);
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 360));
    private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
    private static final Duration PAUSE = Duration.ofSeconds(5);
    /** For the few requests outside the measured load: the index's segments, publish → visible. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int ROUNDS = 5;
    private static final int ONE_AT_A_TIME = 300;
    private static final List<String> QUERIES = List.of("ไข้เลือดออก", "เบาหวาน", "ความดันสูง", "ฉี่หนู", "dengue",
            "stroke", "ล้างมือ", "ฝุ่น pm2.5", "ยุงลาย", "วัคซีนเด็ก", "นมแม่", "หกล้ม", "ซึมเศร้า", "เลิกบุหรี่",
            "งูกัด", "โรคลมแดด", "เลือดออก", "ยาปฏิชีวนะ", "ท้องเสียควรกินอะไร", "ไข้หวัดไหญ่", "ลดเค็ม", "พยาธิใบไม้ตับ",
            "ผู้สูงอายุ", "ฟันผุ", "หมาบ้า", "ซีพีอาร์", "อสม", "สมองเสื่อม", "hpv", "ฝุ่นเยอะควรใส่หน้ากากแบบไหน");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Bench.workFolder(args, "target/bench/search");
        List<String[]> rows = new ArrayList<>();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("postgres"), work.resolve("pg-binaries"));
             SearchNodeProcess node = SearchNodeProcess.start(work.resolve("search-node"), work.resolve("search-data"),
                     Path.of("pom.xml"), "1g", Duration.ofMinutes(3))) {
            int port = FreePorts.pick();
            Map<String, String> env = Bench.portalEnvironment(database, node, work, port);
            try (PayaraMicroProcess portal = PayaraMicroProcess.start(Path.of("target/portal.war"), port,
                    work.resolve("payara"), work.resolve("portal.log"), "1g", env, Duration.ofMinutes(5))) {
                URI api = URI.create("http://localhost:" + port + "/api/v1/");
                try (Connection db = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "")) {
                    SyntheticCorpus corpus = new SyntheticCorpus(Path.of("content-samples"));
                    List<UUID> agencies = corpus.prepare(db);
                    long began = System.nanoTime();
                    corpus.publish(db, agencies, CORPUS, "สังเคราะห์");
                    double written = (System.nanoTime() - began) / 1e9;
                    awaitEmptyOutbox(db, Duration.ofMinutes(20));
                    double indexed = (System.nanoTime() - began) / 1e9;
                    rows.add(new String[] {"Index " + CORPUS + " published articles through the outbox",
                            String.format("%.1f s (%.0f items/s)", indexed, CORPUS / indexed),
                            String.format("written to PostgreSQL in %.1f s", written), "—", "—"});
                    rows.addAll(latencies(api, node.httpUri(), portal.pid(), node.pid()));
                    rows.add(segments(node.httpUri()));
                    rows.add(publishToVisible(db, corpus, agencies, api));
                }
            }
        }
        Bench.table(rows, work.resolve("results.md"));
    }

    private static List<String[]> latencies(URI api, URI elasticsearch, long portalPid, long nodePid)
            throws Exception {
        List<OpenLoopLoad.Request> portalRequests = new ArrayList<>();
        List<OpenLoopLoad.Request> directRequests = new ArrayList<>();
        URI direct = elasticsearch.resolve("/portal-items-public/_search");
        SpellingCorrection spelling = SpellingCorrection.of(SynonymList.bundled());
        Jackson3JsonpMapper mapper = new Jackson3JsonpMapper();
        for (String q : QUERIES) {
            portalRequests.add(OpenLoopLoad.Request.get(
                    api.resolve("search?lang=th&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)), Map.of()));
            var request = ItemQueries.search("portal-items-public", QueryText.of(q, "q"), spelling.correct(q),
                    SearchFilters.of(null, null, null, null, List.of("th")), new PageRequest(1, 10), null,
                    LocalDate.now());
            directRequests.add(OpenLoopLoad.Request.postJson(direct, body(JsonpUtils.toJsonString(request, mapper))));
        }
        IntFunction<OpenLoopLoad.Request> viaPortal = i -> portalRequests.get(i % portalRequests.size());
        IntFunction<OpenLoopLoad.Request> straight = i -> directRequests.get(i % directRequests.size());
        try (OpenLoopLoad load = new OpenLoopLoad()) {
            return latencies(load, viaPortal, straight, portalPid, nodePid);
        }
    }

    private static List<String[]> latencies(OpenLoopLoad load, IntFunction<OpenLoopLoad.Request> viaPortal,
            IntFunction<OpenLoopLoad.Request> straight, long portalPid, long nodePid) throws Exception {
        // Elasticsearch and the portal keep getting faster for minutes (JIT, caches). A cold portal overloaded at once
        // only queues, so the load ramps up: a quarter of the warm-up at 30/s, a quarter at 60/s, half at 90/s.
        Bench.say("warming up: " + WARM_UP.toSeconds() + " s through the portal (30, 60, 90/s), then "
                + WARM_UP.toSeconds() / 4 + " s straight to Elasticsearch");
        Bench.say("warm-up portal " + load.run(30, WARM_UP.dividedBy(4), viaPortal));
        Bench.say("warm-up portal " + load.run(60, WARM_UP.dividedBy(4), viaPortal));
        Bench.say("warm-up portal " + load.run(90, WARM_UP.dividedBy(2), viaPortal));
        Bench.say("warm-up direct " + load.run(90, WARM_UP.dividedBy(4), straight));

        List<String[]> rows = new ArrayList<>();
        rows.add(oneAtATime(load, viaPortal, straight));
        for (double rate : new double[] {100, 200}) {
            List<Double> portalP95 = new ArrayList<>();
            List<Double> directP95 = new ArrayList<>();
            List<Double> portalP50 = new ArrayList<>();
            List<Double> directP50 = new ArrayList<>();
            double[] cpu = new double[5]; // portal, search node via portal, load via portal, node direct, load direct
            for (int round = 0; round < ROUNDS; round++) { // alternate which side goes first
                for (boolean portalSide : round % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                    double portalBefore = CpuTime.millis(portalPid);
                    double nodeBefore = CpuTime.millis(nodePid);
                    double loadBefore = CpuTime.millis(ProcessHandle.current().pid());
                    OpenLoopLoad.Result result = load.run(rate, RUN, portalSide ? viaPortal : straight);
                    double perRequest = ROUNDS * result.requests();
                    if (portalSide) {
                        cpu[0] += (CpuTime.millis(portalPid) - portalBefore) / perRequest;
                        cpu[1] += (CpuTime.millis(nodePid) - nodeBefore) / perRequest;
                        cpu[2] += (CpuTime.millis(ProcessHandle.current().pid()) - loadBefore) / perRequest;
                    } else {
                        cpu[3] += (CpuTime.millis(nodePid) - nodeBefore) / perRequest;
                        cpu[4] += (CpuTime.millis(ProcessHandle.current().pid()) - loadBefore) / perRequest;
                    }
                    Bench.say((portalSide ? "portal " : "direct ") + result);
                    (portalSide ? portalP95 : directP95).add(result.p95Millis());
                    (portalSide ? portalP50 : directP50).add(result.p50Millis());
                    Thread.sleep(PAUSE.toMillis()); // let queues left by an overload drain
                }
            }
            double portal = Bench.median(portalP95);
            double straightP95 = Bench.median(directP95);
            rows.add(new String[] {String.format("Search p95 at %.0f requests/s (open loop, median of %d alternating"
                    + " %d s runs, %d queries, 10,000 items)", rate, ROUNDS, RUN.toSeconds(), QUERIES.size()),
                    String.format("%.1f ms (p50 %.1f; runs %s)", portal, Bench.median(portalP50), spread(portalP95)),
                    String.format("the same query straight to Elasticsearch: %.1f ms (p50 %.1f; runs %s)",
                            straightP95, Bench.median(directP50), spread(directP95)),
                    String.format(Locale.ROOT, "%.2f×", portal / straightP95), "≤ 1.3×"});
            rows.add(new String[] {String.format("Processor time per search at %.0f requests/s", rate),
                    String.format("portal %.2f ms + Elasticsearch %.2f ms + load generator %.2f ms", cpu[0], cpu[1],
                            cpu[2]),
                    String.format("straight: Elasticsearch %.2f ms + load generator %.2f ms", cpu[3], cpu[4]),
                    String.format(Locale.ROOT, "%.2f×", (cpu[0] + cpu[1] + cpu[2]) / (cpu[3] + cpu[4])), "—"});
        }
        double held = 0;
        OpenLoopLoad.Result lastHeld = null;
        for (double rate : new double[] {50, 100, 125, 150, 175, 200, 250, 300, 400}) {
            OpenLoopLoad.Result result = load.run(rate, RUN, viaPortal);
            Bench.say("portal " + result);
            Thread.sleep(PAUSE.toMillis());
            if (!result.held(100)) {
                break;
            }
            held = rate;
            lastHeld = result;
        }
        rows.add(new String[] {"Highest rate held with p95 < 100 ms and no errors (steps 50-400/s)",
                String.format("%.0f requests/s", held),
                lastHeld == null ? "—" : String.format("p95 %.1f ms there", lastHeld.p95Millis()), "—", "p95 < 100 ms"});
        return rows;
    }

    /** The lowest and highest of the runs' figures, "12.1-19.7". */
    private static String spread(List<Double> runs) {
        DoubleSummaryStatistics figures = runs.stream().mapToDouble(Double::doubleValue).summaryStatistics();
        return String.format("%.1f-%.1f", figures.getMin(), figures.getMax());
    }

    /**
     * Service time without queueing: one request at a time, {@link #ROUNDS} alternating blocks per side. What the
     * portal adds here is its own work and its two extra network hops; under an open load its processor time also
     * delays Elasticsearch, which shares the cores.
     */
    private static String[] oneAtATime(OpenLoopLoad load, IntFunction<OpenLoopLoad.Request> viaPortal,
            IntFunction<OpenLoopLoad.Request> straight) throws Exception {
        List<Double> portal = new ArrayList<>();
        List<Double> direct = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (boolean portalSide : round % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                for (int i = 0; i < ONE_AT_A_TIME; i++) {
                    OpenLoopLoad.Request request = (portalSide ? viaPortal : straight).apply(i);
                    long began = System.nanoTime();
                    int status = load.send(request);
                    if (status != 200) {
                        throw new IllegalStateException("a search answered " + status);
                    }
                    (portalSide ? portal : direct).add((System.nanoTime() - began) / 1e6);
                }
            }
        }
        double[] p = portal.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] d = direct.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double portalP50 = OpenLoopLoad.percentile(p, 50);
        double portalP95 = OpenLoopLoad.percentile(p, 95);
        double directP50 = OpenLoopLoad.percentile(d, 50);
        double directP95 = OpenLoopLoad.percentile(d, 95);
        Bench.say(String.format("one at a time: portal p50 %.1f p95 %.1f ms, direct p50 %.1f p95 %.1f ms",
                portalP50, portalP95, directP50, directP95));
        return new String[] {String.format("Search one request at a time (%d each, %d alternating blocks)",
                p.length, ROUNDS),
                String.format("p50 %.1f ms, p95 %.1f ms", portalP50, portalP95),
                String.format("the same query straight to Elasticsearch: p50 %.1f ms, p95 %.1f ms", directP50,
                        directP95),
                String.format(Locale.ROOT, "%.2f× (p50)", portalP50 / directP50), "—"};
    }

    /**
     * The public index as the searches found it (nothing is written during the runs): after the load through the
     * outbox, the portal compacts it.
     */
    private static String[] segments(URI elasticsearch) throws Exception {
        String stats = HTTP.send(OpenLoopLoad.get(elasticsearch.resolve("/portal-items-public/_stats/docs,segments")),
                HttpResponse.BodyHandlers.ofString()).body();
        var primaries = Json.createReader(new StringReader(stats)).readObject().getJsonObject("_all")
                .getJsonObject("primaries");
        int segments = primaries.getJsonObject("segments").getInt("count");
        long documents = primaries.getJsonObject("docs").getJsonNumber("count").longValue();
        Bench.say("public index during the runs: " + documents + " documents in " + segments + " segment(s)");
        return new String[] {"The public index the searches ran on", segments + " segment(s), " + documents
                + " documents", "compacted by the portal once the outbox had delivered the load", "—", "—"};
    }

    private static String[] publishToVisible(Connection db, SyntheticCorpus corpus, List<UUID> agencies, URI api)
            throws Exception {
        List<Double> seconds = new ArrayList<>();
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 10; i++) {
            String marker = random.ints(12, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                    StringBuilder::append).toString(); // no two share enough letters for typo or n-gram matching
            long published = System.nanoTime();
            corpus.publish(db, agencies, 1, marker);
            URI search = api.resolve("search?q=" + marker);
            while (!firstTitle(HTTP.send(OpenLoopLoad.get(search), HttpResponse.BodyHandlers.ofString()).body())
                    .contains(marker)) {
                if (System.nanoTime() - published > 30_000_000_000L) {
                    throw new IllegalStateException("a published item did not become visible within 30 s");
                }
                Thread.sleep(10);
            }
            seconds.add((System.nanoTime() - published) / 1e9);
        }
        double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Bench.say("publish → visible: " + seconds);
        return new String[] {"Publish → visible in search (10 publications)",
                String.format("median %.2f s, max %.2f s", OpenLoopLoad.percentile(sorted, 50), sorted[sorted.length - 1]),
                "database commit to a search API answer that holds it", "—", "≤ 2 s"};
    }

    /** The title of the first hit of a search API answer, or "" when it found nothing. */
    private static String firstTitle(String answer) {
        var hits = Json.createReader(new StringReader(answer)).readObject().getJsonArray("hits");
        return hits == null || hits.isEmpty() ? "" : hits.getJsonObject(0).getString("title");
    }

    private static void awaitEmptyOutbox(Connection db, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (var rows = db.createStatement().executeQuery("select count(*) from search_outbox")) {
                rows.next();
                long pending = rows.getLong(1);
                if (pending == 0) {
                    return;
                }
                Bench.say(pending + " changes still waiting for the index");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the outbox did not empty within " + timeout);
            }
            Thread.sleep(2_000);
        }
    }

    /** The request body of a serialized search request ("SearchRequest: POST /index/_search {...}"). */
    private static String body(String serialized) {
        String json = serialized.substring(serialized.indexOf('{'));
        Json.createReader(new StringReader(json)).readObject(); // fails loudly if the shape is not what we expect
        return json;
    }
}
