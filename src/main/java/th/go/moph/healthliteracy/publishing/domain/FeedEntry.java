package th.go.moph.healthliteracy.publishing.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An item's place in the feed: its public document at {@code position}, or a tombstone when it is no longer public.
 * The language, slug, type, topics and audiences are the item's last public ones, for filtered views and pages.
 */
public record FeedEntry(UUID itemId, long position, Kind kind, TombstoneReason reason, String document, String etag,
        String language, String slug, String type, List<String> topics, List<String> audiences, Instant changedAt) {

    /** What an entry says. */
    public enum Kind {
        ITEM, TOMBSTONE
    }

    public FeedEntry {
        topics = List.copyOf(topics);
        audiences = List.copyOf(audiences);
        if ((kind == Kind.ITEM) != (document != null) || (kind == Kind.TOMBSTONE) != (reason != null)) {
            throw new IllegalArgumentException("an item entry has a document, a tombstone a reason");
        }
    }

    /** How this entry shows in {@code view}: as an item, or as a tombstone with the reason the consumer sees. */
    public boolean showsAsItemIn(FeedFilter view) {
        return kind == Kind.ITEM && view.matches(language, type, topics, audiences);
    }

    /** Whether the item, in its last public state, belongs to {@code view} (a view sees only its own removals). */
    public boolean wasIn(FeedFilter view) {
        return view.matches(language, type, topics, audiences);
    }

    public TombstoneReason reasonIn(FeedFilter view) {
        return kind == Kind.TOMBSTONE ? reason : TombstoneReason.NO_LONGER_MATCHES;
    }
}
