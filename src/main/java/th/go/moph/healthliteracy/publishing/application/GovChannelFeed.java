package th.go.moph.healthliteracy.publishing.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import th.go.moph.healthliteracy.platform.parameters.InvalidParameterException;
import th.go.moph.healthliteracy.platform.parameters.ParameterValues;
import th.go.moph.healthliteracy.platform.text.Sha256;
import th.go.moph.healthliteracy.publishing.domain.FeedCursor;
import th.go.moph.healthliteracy.publishing.domain.FeedEntry;
import th.go.moph.healthliteracy.publishing.domain.FeedFilter;
import th.go.moph.healthliteracy.publishing.infrastructure.jpa.FeedLog;

/**
 * The GovChannel feed as consumers read it: pages of entries after their cursor, in position order, and single items.
 * A page's validator is the feed's head (the last position given) with the request: any change anywhere changes it,
 * and a revalidation with the current one is answered without reading the entries.
 */
@ApplicationScoped
public class GovChannelFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    /** A page: the entries (each shows as an item or a tombstone in {@code view}), where to go on, and its validator. */
    public record Page(List<FeedEntry> entries, FeedFilter view, FeedCursor next, boolean hasMore, String etag) {
    }

    /** A page request, checked. */
    public record Request(FeedCursor cursor, int limit, FeedFilter view) {

        public static Request of(String cursor, String limit, FeedFilter view) {
            int size = ParameterValues.number("limit", limit, DEFAULT_LIMIT);
            if (size < 1 || size > MAX_LIMIT) {
                throw new InvalidParameterException("limit", "limit must be between 1 and " + MAX_LIMIT);
            }
            return new Request(FeedCursor.parse(cursor), size, view);
        }
    }

    @Inject
    FeedLog log;

    private final AtomicLong head = new AtomicLong(-1);

    /** The validator a page would have now, from the head last seen (at most one poll interval old). */
    public String currentEtag(Request request) {
        long known = head.get();
        return known < 0 ? null : etag(known, request);
    }

    public Page page(Request request) {
        FeedLog.Snapshot snapshot = log.after(request.cursor().position(), request.view(), request.limit() + 1);
        head.accumulateAndGet(snapshot.head(), Math::max);
        List<FeedEntry> entries = snapshot.entries();
        boolean more = entries.size() > request.limit();
        if (more) {
            entries = entries.subList(0, request.limit());
        }
        FeedCursor next = entries.isEmpty() ? request.cursor()
                : new FeedCursor(entries.get(entries.size() - 1).position());
        return new Page(entries, request.view(), next, more, etag(snapshot.head(), request));
    }

    /** A single item's entry: its document, or the tombstone saying why it is gone. */
    public Optional<FeedEntry> item(UUID id) {
        return log.entry(id);
    }

    void refreshHead() {
        head.accumulateAndGet(log.last(), Math::max);
    }

    private static String etag(long head, Request request) {
        String key = request.cursor().position() + "|" + request.limit() + "|" + request.view();
        return "f" + head + "-" + Sha256.hex(key, 8);
    }
}
