package th.go.moph.healthliteracy.publishing.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import th.go.moph.healthliteracy.content.domain.Topic;
import th.go.moph.healthliteracy.content.domain.TopicRepository;
import th.go.moph.healthliteracy.content.importing.ImportRecords;
import th.go.moph.healthliteracy.publishing.domain.FeedEntry;
import th.go.moph.healthliteracy.publishing.domain.FeedFilter;
import th.go.moph.healthliteracy.publishing.domain.TombstoneReason;
import th.go.moph.healthliteracy.publishing.infrastructure.jpa.FeedLog;

/**
 * What the citizen site shows, read from the feed's public documents only: items published now, listed by recency,
 * topic and audience, and single pages — or why a page that once was public is not any more.
 */
@ApplicationScoped
public class CitizenSite {

    private static final long SAMPLES_RECHECK_NANOS = 30_000_000_000L;

    /** What is at {@code /<language>/<slug>}. */
    public sealed interface Page permits Live, Gone, Missing {
    }

    /** A published item. */
    public record Live(SiteItem item) implements Page {
    }

    /** Once public, not now: withdrawn or expired (410), or under review (404 saying it is being updated). */
    public record Gone(TombstoneReason reason) implements Page {
    }

    /** Never public here. */
    public record Missing() implements Page {
    }

    @Inject
    FeedLog log;

    @Inject
    TopicRepository topics;

    @Inject
    ImportRecords imports;

    /** Whether sample content is public, asked at most every 30 seconds. */
    private final AtomicReference<Map.Entry<Long, Boolean>> samples = new AtomicReference<>(Map.entry(0L, false));

    public boolean showingSamples() {
        long now = System.nanoTime();
        Map.Entry<Long, Boolean> known = samples.get();
        if (now - known.getKey() > SAMPLES_RECHECK_NANOS || known.getKey() == 0L) {
            known = Map.entry(now, imports.samplesPublic());
            samples.set(known);
        }
        return known.getValue();
    }

    public Page page(String language, String slug) {
        Optional<FeedEntry> entry = log.page(language, slug);
        if (entry.isEmpty()) {
            return new Missing();
        }
        return entry.get().kind() == FeedEntry.Kind.ITEM ? new Live(SiteItem.of(entry.get().document()))
                : new Gone(entry.get().reason());
    }

    /** A published item by id. */
    public Optional<SiteItem> published(java.util.UUID id) {
        return log.entry(id).filter(e -> e.kind() == FeedEntry.Kind.ITEM).map(e -> SiteItem.of(e.document()));
    }

    public List<SiteItem> latest(String language, int limit) {
        return items(new FeedFilter(List.of(language), List.of(), List.of(), List.of()), limit);
    }

    /** Of {@code recent} items, those with a picture or a video, for the top of the home page (else the first). */
    public List<SiteItem> featured(List<SiteItem> recent, int limit) {
        List<SiteItem> pictured = recent.stream().filter(i -> i.getImage() != null).limit(limit).toList();
        return pictured.isEmpty() ? recent.stream().limit(limit).toList() : pictured;
    }

    public List<SiteItem> ofTopic(String language, String topic, int limit) {
        return items(new FeedFilter(List.of(language), List.of(), List.of(topic), List.of()), limit);
    }

    public List<SiteItem> forAudience(String language, String audience, int limit) {
        return items(new FeedFilter(List.of(language), List.of(), List.of(), List.of(audience)), limit);
    }

    /** Topic code → number of public items in {@code language}, most first. */
    public Map<String, Long> topicCounts(String language) {
        return log.counts(language, "topics");
    }

    public Map<String, Long> audienceCounts(String language) {
        return log.counts(language, "audiences");
    }

    public Optional<Topic> topic(String code) {
        return topics.find(code).filter(Topic::active);
    }

    public List<Topic> topics() {
        return topics.all().stream().filter(Topic::active).toList();
    }

    /** Every public item, for the sitemap. */
    public List<SiteItem> everything() {
        return log.allItems().stream().map(e -> SiteItem.of(e.document())).toList();
    }

    private List<SiteItem> items(FeedFilter view, int limit) {
        return log.latest(view, limit).entries().stream().map(e -> SiteItem.of(e.document())).toList();
    }
}
