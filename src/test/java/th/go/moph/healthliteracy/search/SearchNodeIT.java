package th.go.moph.healthliteracy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;

import th.go.moph.healthliteracy.testing.PortalDeployment;

/** The portal's own ElasticsearchClient against the real local node: Thai analysis, indexing, highlighting. */
@ExtendWith(ArquillianExtension.class)
class SearchNodeIT {

    private static final String INDEX = "foundation-thai-test";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    ElasticsearchClient client;

    /** A document as the test indexes it. */
    public record Article(String title, String body) {
    }

    @Test
    void theThaiAnalyzerSplitsThaiIntoWords() throws Exception {
        List<String> tokens = client.indices().analyze(a -> a.analyzer("thai").text("โรคไข้เลือดออกในเด็ก"))
                .tokens().stream().map(AnalyzeToken::token).toList();
        assertEquals(List.of("โรค", "ไข้เลือดออก", "เด็ก"), tokens);
    }

    @Test
    void findsDengueInThaiWithAHighlight() throws Exception {
        if (client.indices().exists(e -> e.index(INDEX)).value()) {
            client.indices().delete(d -> d.index(INDEX));
        }
        client.indices().create(c -> c.index(INDEX)
                .settings(s -> s.numberOfReplicas("0").analysis(a -> a
                        .analyzer("thai_text", an -> an.custom(cu -> cu.tokenizer("thai").filter("lowercase", "decimal_digit")))))
                .mappings(m -> m
                        .properties("title", p -> p.text(t -> t.analyzer("thai_text")))
                        .properties("body", p -> p.text(t -> t.analyzer("thai_text")))));
        client.index(i -> i.index(INDEX).id("1").document(new Article("ไข้เลือดออก ป้องกันได้",
                "โรคไข้เลือดออกเกิดจากยุงลาย ควรกำจัดแหล่งเพาะพันธุ์ยุงในบ้าน")));
        client.index(i -> i.index(INDEX).id("2").document(new Article("ล้างมือให้สะอาด",
                "การล้างมือด้วยสบู่ช่วยลดการติดเชื้อ")));
        client.indices().refresh(r -> r.index(INDEX));

        SearchResponse<Article> response = client.search(s -> s.index(INDEX)
                .query(q -> q.multiMatch(mm -> mm.query("ไข้เลือดออก").fields("title^3", "body")))
                .highlight(h -> h.fields("body", f -> f.preTags("<mark>").postTags("</mark>"))), Article.class);

        assertEquals(1, response.hits().total().value());
        Hit<Article> hit = response.hits().hits().get(0);
        assertEquals("1", hit.id());
        String highlight = String.join(" ", hit.highlight().get("body"));
        assertTrue(highlight.contains("<mark>ไข้เลือดออก</mark>"), highlight);
    }
}
