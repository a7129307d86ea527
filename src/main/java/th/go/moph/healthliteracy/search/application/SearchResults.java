package th.go.moph.healthliteracy.search.application;

import java.util.List;
import java.util.Map;

/**
 * A page of search results as the API returns it. Highlights are HTML-escaped text with {@code <mark>} around the
 * matched words, so they can be shown as they are. {@code didYouMean} is the query as corrected for a misspelling
 * (also searched), or null.
 */
public record SearchResults(String query, String didYouMean, long total, int page, int size, List<Hit> hits,
        Map<String, List<FacetValue>> facets) {

    /** One item found. */
    public record Hit(String id, String type, String language, String slug, String url, String title, String summary,
            Map<String, List<String>> highlights, List<Label> topics, List<String> audiences, Label agency,
            String licence, String attribution, String lastReviewed, String nextReviewDue, boolean reviewOverdue,
            String status, String workflowState) {
    }

    /** A code with its Thai and English names. */
    public record Label(String code, String th, String en) {
    }

    /** One value of a facet and how many hits have it. */
    public record FacetValue(String value, String th, String en, long count) {
    }

    public static SearchResults empty(String query, int page, int size) {
        return new SearchResults(query, null, 0, page, size, List.of(), Map.of());
    }
}
