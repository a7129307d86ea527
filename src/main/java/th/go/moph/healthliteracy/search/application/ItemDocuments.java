package th.go.moph.healthliteracy.search.application;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import th.go.moph.healthliteracy.content.application.ArticleHtml;
import th.go.moph.healthliteracy.content.domain.ContentItem;
import th.go.moph.healthliteracy.content.domain.PublicationStatus;
import th.go.moph.healthliteracy.content.domain.Revision;
import th.go.moph.healthliteracy.search.domain.ItemDocument;

/**
 * What the index holds of an item. The public document exists only while the item is published, and shows its live
 * revision; the editorial document shows the revision being worked on (or the live one) and the item's state.
 */
public final class ItemDocuments {

    private ItemDocuments() {
    }

    /**
     * The external version of the item's documents: it grows with every change of the item (its optimistic-lock
     * version) and, for the same item version, once more when the review date lapses — the one part of a document
     * that changes with time alone. So a later state always carries a higher version, and an earlier one, arriving
     * late from another instance or a rebuild, is refused by Elasticsearch.
     */
    public static long version(ContentItem item, LocalDate today) {
        return (item.version() + 1) * 2 + (item.isReviewOverdue(today) ? 1 : 0);
    }

    /** The public document, or empty when the item is not on public surfaces now. */
    public static Optional<ItemDocument> publicDocument(ContentItem item, String agencyCode, LocalDate today) {
        if (item.status() != PublicationStatus.PUBLISHED || item.live().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(document(item, item.live().get(), agencyCode, today));
    }

    /** The editorial document: every item has one. */
    public static ItemDocument editorialDocument(ContentItem item, String agencyCode, LocalDate today) {
        Revision shown = item.working().or(item::live).orElseGet(item::latestRevision);
        return document(item, shown, agencyCode, today);
    }

    private static ItemDocument document(ContentItem item, Revision revision, String agencyCode, LocalDate today) {
        var content = revision.content();
        return new ItemDocument(item.id().toString(), item.type().name(), item.language(), item.slug(),
                item.translationGroup().toString(), content.title(), content.summary(), ArticleHtml.text(content.body()),
                content.topics().stream().toList(), content.audiences().stream().map(Enum::name).sorted().toList(),
                agencyCode, item.agencyId().toString(),
                content.licence() == null ? null : content.licence().name(), content.attribution(),
                item.status().name(), revision.state().name(), revision.number(),
                Objects.toString(item.lastReviewed(), null), Objects.toString(item.nextReviewDue(), null),
                item.isReviewOverdue(today),
                Objects.toString(item.firstPublishedAt(), null), Objects.toString(item.updatedAt(), null));
    }
}
