package th.go.moph.healthliteracy.search.domain;

import java.util.List;

/**
 * An item as the search index holds it. The public index holds only the live revision of items published now; the
 * editorial index the latest revision of every item, with its state. No editor's name or account is ever in it.
 * Dates are ISO strings (dates {@code yyyy-MM-dd}, instants with offset), as the mapping expects.
 */
public record ItemDocument(String id, String type, String language, String slug, String translationGroup,
        String title, String summary, String body, List<String> topics, List<String> audiences, String agency,
        String agencyId, String licence, String attribution, String status, String workflowState, int revision,
        String lastReviewed, String nextReviewDue, boolean reviewOverdue, String publishedAt, String updatedAt) {
}
