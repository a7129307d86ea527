package th.go.moph.healthliteracy.content.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Content items with their revisions. */
public interface ContentItemRepository {

    Optional<ContentItem> find(UUID id);

    /** The item, locked against other writers (and other portal instances) until the transaction ends. */
    Optional<ContentItem> findForUpdate(UUID id);

    void add(ContentItem item);

    boolean slugTaken(String language, String slug);

    /** Up to {@code limit} item ids greater than {@code after} (null: from the start), in id order: for walking every item. */
    List<UUID> idsAfter(UUID after, int limit);

    /** The items of a translation group (the same advice in each language), the given one included. */
    List<ContentItem> translationGroup(UUID translationGroup);

    /** Ids of items changed at or after {@code since}. */
    List<UUID> changedSince(Instant since);

    /** Ids of items with a scheduled revision whose publish time has come. */
    List<UUID> dueForPublication(Instant now);

    /** Ids of published items whose unpublish time has passed. */
    List<UUID> dueForExpiry(Instant now);

    /** Ids of published items whose next review date is before {@code cutoff}. */
    List<UUID> reviewLapsedBefore(LocalDate cutoff);
}
