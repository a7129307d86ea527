package th.go.moph.healthliteracy.search.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.go.moph.healthliteracy.platform.parameters.InvalidParameterException;

/** The checks every search parameter passes before a query is built. */
class SearchRequestPartsTest {

    @Test
    void queryTextIsNormalisedAndFreedOfInvisibleCharacters() {
        assertEquals("ไข้เลือดออก เด็ก", QueryText.of("  ไข้เลือด\u200Bออก \t\n เด็ก ", "q").value());
        assertTrue(QueryText.of(null, "q").isBlank());
        assertTrue(QueryText.of("   ", "q").isBlank());
    }

    @Test
    void symbolsOnlyHaveNoWords() {
        assertTrue(QueryText.of("!!! ??? ***", "q").hasNoWords());
        assertTrue(QueryText.of("\"'()[]{}<>", "q").hasNoWords());
        assertFalse(QueryText.of("pm2.5!", "q").hasNoWords());
        assertFalse(QueryText.of("๑๖๖๙", "q").hasNoWords());
    }

    @Test
    void aVeryLongQueryIsRefusedNotCut() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> QueryText.of("ก".repeat(10_000), "q"));
        assertEquals("q", e.parameter());
        assertThrows(InvalidParameterException.class, () -> QueryText.of("a".repeat(QueryText.MAX_LENGTH + 1), "q"));
        assertEquals(QueryText.MAX_LENGTH, QueryText.of("a".repeat(QueryText.MAX_LENGTH), "q").value().length());
    }

    @Test
    void filtersAcceptRepeatedAndCommaSeparatedValuesInTheIndexsForm() {
        SearchFilters filters = SearchFilters.of(List.of("dengue,Diabetes", "dengue"), List.of("elderly"),
                List.of("video"), List.of("ddc"), List.of("TH"));
        assertEquals(List.of("dengue", "diabetes"), filters.topics());
        assertEquals(List.of("ELDERLY"), filters.audiences());
        assertEquals(List.of("VIDEO"), filters.types());
        assertEquals(List.of("DDC"), filters.agencies());
        assertEquals(List.of("th"), filters.languages());
        assertTrue(SearchFilters.of(null, null, null, null, null).isEmpty());
    }

    @Test
    void badFilterValuesNameTheirParameter() {
        assertEquals("audience", assertThrows(InvalidParameterException.class,
                () -> SearchFilters.of(null, List.of("aliens"), null, null, null)).parameter());
        assertEquals("type", assertThrows(InvalidParameterException.class,
                () -> SearchFilters.of(null, null, List.of("podcast"), null, null)).parameter());
        assertEquals("topic", assertThrows(InvalidParameterException.class,
                () -> SearchFilters.of(List.of("<script>"), null, null, null, null)).parameter());
        assertEquals("lang", assertThrows(InvalidParameterException.class,
                () -> SearchFilters.of(null, null, null, null, List.of("thai language"))).parameter());
        String[] many = new String[21];
        Arrays.setAll(many, i -> "t" + i);
        assertThrows(InvalidParameterException.class,
                () -> SearchFilters.of(List.of(String.join(",", many)), null, null, null, null));
    }

    @Test
    void pagesAreCheckedAndBoundedByTheResultWindow() {
        assertEquals(new PageRequest(1, 10), PageRequest.of(null, ""));
        assertEquals(20, PageRequest.of("3", "10").from());
        assertEquals("page", refusal(() -> PageRequest.of("0", null)).parameter());
        assertEquals("page", refusal(() -> PageRequest.of("abc", null)).parameter());
        assertEquals("size", refusal(() -> PageRequest.of(null, "51")).parameter());
        assertEquals("size", refusal(() -> PageRequest.of(null, "-1")).parameter());
        assertThrows(InvalidParameterException.class, () -> PageRequest.of("99999999999", null));
        assertThrows(InvalidParameterException.class, () -> PageRequest.of("1001", "10"));
        assertEquals(1000, PageRequest.of("1000", "10").page());
    }

    private static InvalidParameterException refusal(org.junit.jupiter.api.function.Executable request) {
        return assertThrows(InvalidParameterException.class, request);
    }
}
