package th.go.moph.healthliteracy.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;

import th.go.moph.healthliteracy.content.application.ArticleHtml;
import th.go.moph.healthliteracy.search.domain.ItemDocument;
import th.go.moph.healthliteracy.search.domain.PageRequest;
import th.go.moph.healthliteracy.search.domain.QueryText;
import th.go.moph.healthliteracy.search.domain.SearchFilters;
import th.go.moph.healthliteracy.search.domain.SpellingCorrection;
import th.go.moph.healthliteracy.search.domain.SynonymList;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ElasticsearchClientProducer;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexDefinition;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemQueries;

/**
 * The Thai relevance suite: the published sample articles ({@code content-samples/items}; the judgements grade
 * articles, so the pictures and videos stay out) in an index made by the
 * portal's own definition, searched with the portal's own query as the Thai site asks it ({@code lang=th}), against
 * judged queries ({@code search/relevance-judgements.json}) of six kinds: parts of compounds, lay terms, other names
 * and abbreviations, English, misspellings and natural questions. Prints nDCG@5 and recall@10 per kind and fails
 * below the thresholds in {@link #NDCG_AT_5} and {@link #RECALL_AT_10}.
 * <p>
 * Why these thresholds: a citizen on a phone reads the first screen, about five results, so nDCG@5 is the figure that
 * matters; recall@10 is the share of the related articles on the first page. The bars sit a little under what the
 * portal reaches today (0.93-1.00 per kind when they were set), so that any change to the analyzers, the synonym list
 * or the query that loses ground fails the build, while one query moving a place does not. Natural questions get the
 * lowest bar: their filler words vary endlessly and one lost article costs a whole query. Caveat: the synonym list
 * was extended with terms these judgements use (listed in content-samples/SYNONYM-NEEDS.txt), so the figures are
 * closer to a training score than a held-out one; new judgements should come from people who have not seen it.
 */
class ThaiRelevanceIT {

    static final Map<String, Double> NDCG_AT_5 = Map.of("compound", 0.90, "lay", 0.90, "synonym", 0.90,
            "english", 0.90, "typo", 0.90, "question", 0.85);
    static final Map<String, Double> RECALL_AT_10 = Map.of("compound", 0.90, "lay", 0.90, "synonym", 0.90,
            "english", 0.90, "typo", 0.90, "question", 0.90);
    static final double OVERALL_NDCG_AT_5 = 0.92;

    private static final Path SAMPLES = Path.of(System.getProperty("portal.pom", "pom.xml")).toAbsolutePath()
            .getParent().resolve("content-samples/items");
    private static final String INDEX = "relevance-" + System.currentTimeMillis();
    private static final LocalDate TODAY = LocalDate.now();

    private static final SpellingCorrection SPELLING = SpellingCorrection.of(SynonymList.bundled());

    private static ElasticsearchClient client;

    /** One judged query. */
    record Judged(String query, String kind, Map<String, Integer> grades) {
    }

    @BeforeAll
    static void indexTheSamples() throws IOException {
        client = ElasticsearchClientProducer.connect(System.getProperty("portal.test.esUrls"), Optional.empty());
        client.indices().create(c -> c.index(INDEX).withJson(new StringReader(ItemIndexDefinition.bundled().json())));
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        int count = 0;
        try (Stream<Path> folders = Files.list(SAMPLES)) {
            for (Path folder : folders.sorted().toList()) {
                JsonObject item = Json.createReader(new StringReader(Files.readString(folder.resolve("item.json"))))
                        .readObject();
                if (!"published".equals(item.getString("publication")) || !"ARTICLE".equals(item.getString("type"))) {
                    continue;
                }
                ItemDocument document = document(folder, item);
                bulk.operations(o -> o.index(i -> i.index(INDEX).id(document.id()).document(document)));
                count++;
            }
        }
        assertTrue(count >= 30, "the samples hold at least 30 published items: " + count);
        client.bulk(bulk.refresh(co.elastic.clients.elasticsearch._types.Refresh.True).build());
    }

    @AfterAll
    static void dropTheIndex() throws IOException {
        if (client != null) {
            client.indices().delete(d -> d.index(INDEX).ignoreUnavailable(true));
            client._transport().close();
        }
    }

    @Test
    void judgedQueriesRankTheRightArticlesFirst() throws IOException {
        List<Judged> judged = judgements();
        Map<String, List<double[]>> byKind = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Judged j : judged) {
            List<String> ranked = search(j.query());
            double ndcg = ndcgAt5(ranked, j.grades());
            double recall = recallAt10(ranked, j.grades());
            byKind.computeIfAbsent(j.kind(), k -> new ArrayList<>()).add(new double[] {ndcg, recall});
            if (ndcg < 0.5 || recall < 1.0) {
                misses.add(String.format("  %-9s %-40s nDCG@5 %.2f recall@10 %.2f top: %s", j.kind(), j.query(), ndcg,
                        recall, ranked.stream().limit(3).toList()));
            }
        }
        StringBuilder table = new StringBuilder("\nThai relevance over " + judged.size() + " judged queries\n")
                .append(String.format("  %-9s %7s %8s %10s %8s %10s%n", "kind", "queries", "nDCG@5", "(minimum)",
                        "recall@10", "(minimum)"));
        List<String> failures = new ArrayList<>();
        double allNdcg = 0;
        for (var entry : byKind.entrySet()) {
            double ndcg = entry.getValue().stream().mapToDouble(v -> v[0]).average().orElse(0);
            double recall = entry.getValue().stream().mapToDouble(v -> v[1]).average().orElse(0);
            allNdcg += entry.getValue().stream().mapToDouble(v -> v[0]).sum();
            table.append(String.format("  %-9s %7d %8.3f %10.2f %8.3f %10.2f%n", entry.getKey(),
                    entry.getValue().size(), ndcg, NDCG_AT_5.get(entry.getKey()), recall,
                    RECALL_AT_10.get(entry.getKey())));
            if (ndcg < NDCG_AT_5.get(entry.getKey()) || recall < RECALL_AT_10.get(entry.getKey())) {
                failures.add(entry.getKey());
            }
        }
        allNdcg /= judged.size();
        table.append(String.format("  %-9s %7d %8.3f %10.2f%n", "all", judged.size(), allNdcg, OVERALL_NDCG_AT_5));
        table.append("Queries below nDCG@5 0.5 or missing a related article:\n").append(String.join("\n", misses));
        System.out.println(table);
        assertTrue(failures.isEmpty() && allNdcg >= OVERALL_NDCG_AT_5, "below the threshold: " + failures + table);
    }

    private static List<String> search(String query) throws IOException {
        var request = ItemQueries.search(INDEX, QueryText.of(query, "q"), SPELLING.correct(query),
                SearchFilters.of(null, null, null, null, List.of("th")), new PageRequest(1, 10), null, TODAY);
        return client.search(request, ItemDocument.class).hits().hits().stream().map(Hit::id).toList();
    }

    static double ndcgAt5(List<String> ranked, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(5, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(5, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double recallAt10(List<String> ranked, Map<String, Integer> grades) {
        long found = ranked.stream().limit(10).filter(grades::containsKey).count();
        return grades.isEmpty() ? 1 : (double) found / grades.size();
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static List<Judged> judgements() throws IOException {
        try (var in = ThaiRelevanceIT.class.getClassLoader().getResourceAsStream("search/relevance-judgements.json")) {
            JsonObject root = Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                    .readObject();
            return root.getJsonArray("queries").stream().map(v -> v.asJsonObject()).map(q -> {
                Map<String, Integer> grades = new LinkedHashMap<>();
                q.getJsonObject("relevant").forEach((key, grade) -> grades.put(key, Integer.parseInt(grade.toString())));
                return new Judged(q.getString("query"), q.getString("kind"), grades);
            }).toList();
        }
    }

    /**
     * The item as the public index holds it, always as current: ranking items past their review date last is a rule of
     * its own (tested in SearchIT), and would hide what this suite measures, how well the words match.
     */
    private static ItemDocument document(Path folder, JsonObject item) throws IOException {
        JsonObject review = item.getJsonObject("review");
        LocalDate lastReviewed = TODAY.minusDays(item.getJsonObject("attestation").getInt("daysAgo"));
        LocalDate nextDue = TODAY.plusDays(review.getInt("nextReviewDueInDays"));
        String body = ArticleHtml.text(Files.readString(folder.resolve(item.getString("body"))));
        return new ItemDocument(item.getString("key"), item.getString("type"), item.getString("language"),
                item.getString("slug"), item.getString("key"), item.getString("title"), item.getString("summary"),
                body, strings(item, "topics"), strings(item, "audiences"), item.getString("agency"),
                item.getString("agency"), item.getString("licence"), item.getString("attribution"), "PUBLISHED",
                "PUBLISHED", 1, lastReviewed.toString(), nextDue.toString(), false, null, null);
    }

    private static List<String> strings(JsonObject item, String name) {
        return item.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
