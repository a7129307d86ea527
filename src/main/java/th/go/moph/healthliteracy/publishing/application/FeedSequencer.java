package th.go.moph.healthliteracy.publishing.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import th.go.moph.healthliteracy.content.domain.ContentItem;
import th.go.moph.healthliteracy.content.domain.ContentItemRepository;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.AgencyRepository;
import th.go.moph.healthliteracy.publishing.domain.FeedEntry;
import th.go.moph.healthliteracy.publishing.domain.TombstoneReason;
import th.go.moph.healthliteracy.publishing.infrastructure.jpa.FeedLog;

/**
 * Gives committed changes their feed positions, one transaction at a time across every instance (the counter's row
 * lock): reads the waiting changes, makes each changed item's entry from its committed state — its public document, or
 * a tombstone if it was public before and is not now — and writes it at the next position. An item's translations are
 * made again with it (their documents link to it). An entry whose document did not change keeps its position, so
 * editing a draft of a published item moves nothing. Webhook events for each new entry are added in the same
 * transaction, so they exist exactly when the change has its position.
 */
@ApplicationScoped
public class FeedSequencer {

    private static final Logger LOG = Logger.getLogger(FeedSequencer.class.getName());

    @Inject
    FeedLog log;

    @Inject
    ContentItemRepository items;

    @Inject
    AgencyRepository agencies;

    @Inject
    PublicDocuments documents;

    @Inject
    WebhookEvents webhooks;

    /** Whether this instance has seen the stored documents made by its own format and base address. */
    private volatile boolean fingerprintChecked;

    /** Sequences up to {@code limit} waiting changes; returns how many it took (0: none waiting). */
    @Transactional
    public int sequenceWaiting(int limit) {
        if (fingerprintChecked && !log.anyPending()) {
            return 0; // nothing to do: no lock taken, so idle instances do not queue on the counter
        }
        FeedLog.Head head = log.lockHead();
        String ours = documents.fingerprint();
        if (!head.fingerprint().equals(ours)) {
            if (PublicDocuments.formatOf(head.fingerprint()) > PublicDocuments.FORMAT) {
                // a newer portal wrote the feed (a rolling upgrade): leave it to the new instances, never undo it
                LOG.warning(() -> "Feed documents are of a newer format (" + head.fingerprint() + "); this instance"
                        + " does not sequence the feed until it is upgraded");
                return 0;
            }
            LOG.warning(() -> "Every feed document is made again: they were made as '" + head.fingerprint()
                    + "', this instance makes '" + ours + "' (instances must share PUBLIC_BASE_URL)");
            log.remakeAll(ours);
        }
        fingerprintChecked = true;
        List<FeedLog.Change> changes = log.pending(limit);
        if (changes.isEmpty()) {
            return 0;
        }
        // each changed item with its whole translation group, read once: the group's documents link to each other
        Map<UUID, List<ContentItem>> groups = new LinkedHashMap<>();
        for (FeedLog.Change change : changes) {
            items.find(change.itemId()).ifPresent(item -> groups.computeIfAbsent(item.translationGroup(),
                    items::translationGroup));
        }
        long position = head.last();
        WebhookEvents.Batch announcements = webhooks.batch();
        for (List<ContentItem> group : groups.values()) {
            for (ContentItem item : group) {
                List<ContentItem> translations = group.stream()
                        .filter(t -> !t.id().equals(item.id()) && t.status().isPublic()).toList();
                Optional<FeedEntry> before = log.entry(item.id());
                Optional<FeedEntry> next = nextEntry(item, translations, before, position + 1);
                if (next.isPresent()) {
                    log.put(next.get());
                    announcements.announce(before, next.get());
                    position++;
                }
            }
        }
        log.done(changes);
        log.advanceHead(position);
        return changes.size();
    }

    /** The item's entry at {@code position}, or empty when the feed must not change for it. */
    private Optional<FeedEntry> nextEntry(ContentItem item, List<ContentItem> translations,
            Optional<FeedEntry> current, long position) {
        if (item.status().isPublic() && item.live().isPresent()) {
            Agency agency = agencies.find(item.agencyId()).orElseThrow();
            String document = documents.document(item, agency, translations);
            String etag = PublicDocuments.etag(document);
            if (current.isPresent() && current.get().kind() == FeedEntry.Kind.ITEM && current.get().etag().equals(etag)) {
                return Optional.empty();
            }
            var content = item.live().get().content();
            return Optional.of(new FeedEntry(item.id(), position, FeedEntry.Kind.ITEM, null, document, etag,
                    item.language(), item.slug(), item.type().name(), List.copyOf(content.topics()),
                    content.audiences().stream().map(Enum::name).sorted().toList(), null));
        }
        if (current.isEmpty()) {
            return Optional.empty(); // never public: never in the feed, not even as a tombstone
        }
        TombstoneReason reason = TombstoneReason.of(item.status(), item.statusReason());
        FeedEntry was = current.get();
        if (was.kind() == FeedEntry.Kind.TOMBSTONE && was.reason() == reason) {
            return Optional.empty();
        }
        return Optional.of(new FeedEntry(item.id(), position, FeedEntry.Kind.TOMBSTONE, reason, null,
                "gone-" + reason.wireName() + "-" + position, was.language(), item.slug(), was.type(), was.topics(),
                was.audiences(), null));
    }
}
