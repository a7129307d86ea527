package th.go.moph.healthliteracy.search.infrastructure.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonpDeserializer;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;

import th.go.moph.healthliteracy.search.domain.ItemDocument;

class ItemSearchAnswerTest {

    /** An answer as Elasticsearch 8 sends it for the portal's search (typed keys, sort values, scores tracked). */
    private static final String ANSWER = """
            {"took":7,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
             "hits":{"total":{"value":42,"relation":"eq"},"max_score":null,"hits":[
              {"_index":"portal-items-public-20261129","_id":"a1","_version":3,"_score":12.5,
               "_source":{"id":"a1","type":"ARTICLE","language":"th","slug":"dengue-fever","translationGroup":"g1",
                 "title":"ไข้เลือดออก รู้ทัน ป้องกันได้","summary":"ยุงลาย \\"กัด\\" กลางวัน","topics":["dengue","vector"],
                 "audiences":["general"],"agency":"ddc","agencyId":"7","licence":"CC-BY-4.0",
                 "attribution":"กรมควบคุมโรค","status":"PUBLISHED","workflowState":"APPROVED","revision":3,
                 "lastReviewed":"2026-10-01","nextReviewDue":"2027-10-01","reviewOverdue":false,
                 "publishedAt":"2026-10-02T03:00:00Z","updatedAt":"2026-10-02T03:00:00Z","addedLater":{"x":[1,2]}},
               "highlight":{"title":["<mark>ไข้เลือดออก</mark> รู้ทัน ป้องกันได้"],
                 "body":["ยุงลาย<mark>กัด</mark>กลางวัน","อาการ<mark>ไข้</mark>สูง"]},
               "sort":[0,12.5,1759276800000]},
              {"_index":"portal-items-public-20261129","_id":"b2","_score":3.25,
               "_source":{"id":"b2","type":"IMAGE","language":"th","slug":"hand-washing","title":"ล้างมือ 7 ขั้นตอน",
                 "topics":"hygiene","audiences":["children","general"],"revision":1,"reviewOverdue":true},
               "sort":[1,3.25,-9223372036854775808]}]},
             "aggregations":{
              "sterms#topic":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,
                "buckets":[{"key":"dengue","doc_count":30},{"key":"hygiene","doc_count":12}]},
              "sterms#language":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[]}}}
            """;

    private final JsonMapper mapper = new Jackson3JsonpMapper().objectMapper();

    @Test
    void readsTheTotalDocumentsHighlightsAndFacetsAndSkipsTheRest() {
        ItemSearchAnswer answer = read(ANSWER);

        assertEquals(42, answer.total());
        assertEquals(2, answer.hits().size());
        ItemDocument first = answer.hits().get(0).document();
        assertEquals(new ItemDocument("a1", "ARTICLE", "th", "dengue-fever", "g1", "ไข้เลือดออก รู้ทัน ป้องกันได้",
                "ยุงลาย \"กัด\" กลางวัน", null, List.of("dengue", "vector"), List.of("general"), "ddc", "7",
                "CC-BY-4.0", "กรมควบคุมโรค", "PUBLISHED", "APPROVED", 3, "2026-10-01", "2027-10-01", false,
                "2026-10-02T03:00:00Z", "2026-10-02T03:00:00Z"), first);
        assertEquals(Map.of("title", List.of("<mark>ไข้เลือดออก</mark> รู้ทัน ป้องกันได้"),
                "body", List.of("ยุงลาย<mark>กัด</mark>กลางวัน", "อาการ<mark>ไข้</mark>สูง")),
                answer.hits().get(0).highlight());
        ItemDocument second = answer.hits().get(1).document();
        assertEquals(List.of("hygiene"), second.topics(), "a field with one value is a list of one, as the client reads it");
        assertTrue(second.reviewOverdue());
        assertEquals(Map.of(), answer.hits().get(1).highlight());
        assertEquals(Map.of("topic", List.of(new ItemSearchAnswer.Bucket("dengue", 30),
                new ItemSearchAnswer.Bucket("hygiene", 12)), "language", List.of()), answer.facets());
    }

    @Test
    void readsWhatTheClientsTypedResponseReads() {
        Jackson3JsonpMapper client = new Jackson3JsonpMapper();
        SearchResponse<ItemDocument> typed = SearchResponse.<ItemDocument>createSearchResponseDeserializer(
                JsonpDeserializer.of(ItemDocument.class)).deserialize(client.jsonProvider().createParser(
                        new ByteArrayInputStream(ANSWER.getBytes(StandardCharsets.UTF_8))), client);
        ItemSearchAnswer answer = read(ANSWER);

        assertEquals(typed.hits().total().value(), answer.total());
        assertEquals(typed.hits().hits().stream().map(Hit::source).toList(),
                answer.hits().stream().map(ItemSearchAnswer.Found::document).toList());
        assertEquals(typed.hits().hits().stream().map(Hit::highlight).toList(),
                answer.hits().stream().map(ItemSearchAnswer.Found::highlight).toList());
        assertEquals(typed.aggregations().get("topic").sterms().buckets().array().stream()
                .map(b -> new ItemSearchAnswer.Bucket(b.key().stringValue(), b.docCount())).toList(),
                answer.facets().get("topic"));
    }

    @Test
    void aTotalAsANumberOrNoneAtAll() {
        assertEquals(5, read("""
                {"hits":{"total":5,"hits":[]}}""").total());
        assertEquals(0, read("""
                {"hits":{"hits":[]}}""").total());
        assertEquals(new ItemSearchAnswer(0, List.of(), Map.of()), read("{}"));
    }

    @Test
    void aBrokenAnswerFailsInsteadOfGivingPartResults() {
        String cut = ANSWER.substring(0, ANSWER.indexOf("\"sort\":[1"));
        assertThrows(JacksonException.class, () -> read(cut));
        assertThrows(JacksonException.class, () -> read("""
                {"hits":{"total":{"value":1},"hits":[{"_id":"x","_score":1.0}]}}"""), "a hit without its document");
        assertThrows(JacksonException.class, () -> read("[]"));
        assertThrows(JacksonException.class, () -> read(""));
        assertThrows(JacksonException.class, () -> read("""
                {"hits":{"hits":[{"_source":{"id":"x","revision":"three"}}]}}"""));
    }

    private ItemSearchAnswer read(String json) {
        InputStream body = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        return ItemSearchAnswer.read(mapper, body);
    }
}
