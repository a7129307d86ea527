package th.go.moph.healthliteracy.search.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import th.go.moph.healthliteracy.content.domain.ContentItem;
import th.go.moph.healthliteracy.content.domain.ContentItemRepository;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.AgencyRepository;
import th.go.moph.healthliteracy.search.domain.ItemDocument;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexStore;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexStore.Scope;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexStore.Write;
import th.go.moph.healthliteracy.search.infrastructure.jpa.IndexBuilds;
import th.go.moph.healthliteracy.search.infrastructure.jpa.SearchOutbox;

/**
 * Delivers outbox rows to Elasticsearch: claims due rows, reloads each item by id, writes its public document (or
 * removes it when the item is not public) and its editorial document — to the live indices and to any index being
 * rebuilt — and deletes the rows in the same transaction. Nothing is sent before the change committed, and nothing is
 * lost when Elasticsearch is down: the rows stay, retried every few seconds until it answers again.
 */
@ApplicationScoped
public class SearchIndexing {

    /** Retry pace while the cluster cannot be reached: fast, so the index converges soon after it returns. */
    static final Duration UNREACHABLE_BACKOFF = Duration.ofSeconds(5);
    /** Retry pace for a document the cluster refused: slower, as it needs someone to look. */
    static final Duration REFUSED_BACKOFF = Duration.ofHours(1);

    @Inject
    SearchOutbox outbox;

    @Inject
    IndexBuilds builds;

    @Inject
    ContentItemRepository items;

    @Inject
    AgencyRepository agencies;

    @Inject
    ItemIndexStore index;

    @Inject
    SearchErrors errors;

    @Inject
    Clock clock;

    /** Delivers one batch of due rows; returns how many rows it handled (0 when nothing was due). */
    @Transactional
    public int deliverDue(int limit) {
        List<SearchOutbox.Entry> entries = outbox.claimDue(limit);
        if (entries.isEmpty()) {
            return 0;
        }
        List<IndexBuilds.Build> building = builds.running(); // read after the claim: see the comment on IndexRebuild
        List<Documents> documents = documents(entries.stream().map(SearchOutbox.Entry::itemId).distinct().toList());
        List<Write> writes = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            String alias = index.alias(scope);
            writes.addAll(writes(documents, scope, alias, true));
            building.stream().filter(b -> b.alias().equals(alias))
                    .forEach(b -> writes.addAll(writes(documents, scope, b.index(), false)));
        }
        Map<String, String> refused;
        try {
            refused = index.write(writes);
        } catch (SearchUnavailableException e) {
            errors.delivery();
            entries.forEach(entry -> outbox.retryLater(entry, e.getMessage(), UNREACHABLE_BACKOFF));
            return entries.size();
        }
        List<Long> delivered = new ArrayList<>();
        for (SearchOutbox.Entry entry : entries) {
            String reason = refused.get(entry.itemId().toString());
            if (reason == null) {
                delivered.add(entry.id());
            } else {
                outbox.retryLater(entry, reason, REFUSED_BACKOFF);
            }
        }
        outbox.delivered(delivered);
        return entries.size();
    }

    /** Copies items straight into an index being built (no outbox); returns the ids it refused, with reasons. */
    @Transactional
    public Map<String, String> copy(Collection<UUID> ids, Scope scope, String target) {
        return index.write(writes(documents(ids), scope, target, false));
    }

    /** A page of item ids in id order, for walking every item. */
    @Transactional
    public List<UUID> idsAfter(UUID after, int limit) {
        return items.idsAfter(after, limit);
    }

    @Transactional
    public List<UUID> changedSince(java.time.Instant since) {
        return items.changedSince(since);
    }

    /** Sends the items whose review date lapsed since the last sweep to the index again: they now rank last. */
    @Transactional
    public int sweepReviewLapses() {
        LocalDate today = clock.instant().atZone(ContentItem.PORTAL_ZONE).toLocalDate();
        LocalDate swept = outbox.reviewSweptThrough();
        if (!swept.isBefore(today)) {
            return 0;
        }
        int queued = outbox.enqueueReviewLapsedBetween(swept.minusDays(1), today);
        outbox.reviewSwept(today);
        return queued;
    }

    /** An item's two documents (the public one null when it is not public) at the version they carry. */
    private record Documents(String id, long version, ItemDocument publicDocument, ItemDocument editorialDocument) {
    }

    /** Reads each item once and makes both its documents. */
    private List<Documents> documents(Collection<UUID> ids) {
        LocalDate today = clock.instant().atZone(ContentItem.PORTAL_ZONE).toLocalDate();
        Map<UUID, String> agencyCodes = new HashMap<>();
        List<Documents> documents = new ArrayList<>();
        for (UUID id : ids) {
            Optional<ContentItem> found = items.find(id);
            if (found.isEmpty()) {
                continue; // items are never deleted; a row for an unknown id has nothing to say
            }
            ContentItem item = found.get();
            String agency = agencyCodes.computeIfAbsent(item.agencyId(),
                    a -> agencies.find(a).map(Agency::code).orElse(null));
            documents.add(new Documents(id.toString(), ItemDocuments.version(item, today),
                    ItemDocuments.publicDocument(item, agency, today).orElse(null),
                    ItemDocuments.editorialDocument(item, agency, today)));
        }
        return documents;
    }

    private static List<Write> writes(List<Documents> documents, Scope scope, String target, boolean alias) {
        return documents.stream().map(d -> new Write(target, alias, d.id(), d.version(),
                scope == Scope.PUBLIC ? d.publicDocument() : d.editorialDocument())).toList();
    }
}
