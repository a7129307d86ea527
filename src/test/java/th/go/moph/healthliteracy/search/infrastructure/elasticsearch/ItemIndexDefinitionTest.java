package th.go.moph.healthliteracy.search.infrastructure.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import th.go.moph.healthliteracy.search.domain.PageRequest;
import th.go.moph.healthliteracy.search.domain.QueryText;
import th.go.moph.healthliteracy.search.domain.SearchFilters;
import th.go.moph.healthliteracy.search.domain.SynonymList;

class ItemIndexDefinitionTest {

    @Test
    void theSynonymListIsInTheSearchAnalyzerAndTheHashInTheMapping() {
        ItemIndexDefinition definition = ItemIndexDefinition.bundled();
        JsonObject json = Json.createReader(new StringReader(definition.json())).readObject();
        var synonyms = json.getValue("/settings/analysis/filter/portal_synonyms/synonyms").asJsonArray();
        assertEquals(SynonymList.bundled().groups().size(), synonyms.size());
        assertEquals(definition.hash(), json.getValue("/mappings/_meta/definition").toString().replace("\"", ""));
        assertEquals("strict", json.getJsonObject("mappings").getString("dynamic"));
    }

    @Test
    void aChangedSynonymListIsAnotherDefinition() {
        JsonObject template = Json.createReader(new StringReader(ItemIndexDefinition.bundled().json())).readObject();
        String one = ItemIndexDefinition.of(template, SynonymList.parse("ไข้, fever")).hash();
        String same = ItemIndexDefinition.of(template, SynonymList.parse("ไข้, fever")).hash();
        String other = ItemIndexDefinition.of(template, SynonymList.parse("ไข้, fever, pyrexia")).hash();
        assertEquals(one, same);
        assertNotEquals(one, other);
    }

    @Test
    void userTextIsOnlyEverTheTextOfMatchQueriesNeverQuerySyntax() {
        String hostile = "title:* OR _id:1 AND body:(\"x\") {\"query_string\":1} \\";
        String request = ItemQueries.search("portal-items-public", QueryText.of(hostile, "q"), java.util.Optional.of(hostile),
                SearchFilters.of(List.of("dengue"), null, null, null, List.of("th")), new PageRequest(2, 10),
                List.of("00000000-0000-0000-0000-000000000001"), LocalDate.of(2026, 11, 28)).toString();
        assertFalse(request.contains("\"query_string\":{"), request);
        assertFalse(request.contains("simple_query_string"), request);
        assertTrue(request.contains("multi_match"), request);
        assertTrue(request.contains("\"from\":10"), request);
        assertTrue(request.contains("reviewOverdue"), request);
        String suggest = ItemQueries.suggest("portal-items-public", QueryText.of(hostile, "q"), SearchFilters.NONE, 8)
                .toString();
        assertFalse(suggest.contains("\"query_string\":{"), suggest);
    }
}
