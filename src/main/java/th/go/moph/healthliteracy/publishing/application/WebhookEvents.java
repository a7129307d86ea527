package th.go.moph.healthliteracy.publishing.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import th.go.moph.healthliteracy.platform.text.Jsonp;
import th.go.moph.healthliteracy.publishing.domain.FeedEntry;
import th.go.moph.healthliteracy.publishing.domain.FeedFilter;
import th.go.moph.healthliteracy.publishing.infrastructure.jpa.FeedConsumerRepository;
import th.go.moph.healthliteracy.publishing.infrastructure.jpa.WebhookDeliveries;

/**
 * Turns new feed entries into webhook events for the consumers whose view they concern: {@code content.published}
 * when an item enters a view, {@code content.updated} when it changes within it, {@code content.withdrawn} when it
 * leaves it (withdrawn, expired, under review, or no longer matching). Each event has an id the receiver can use to
 * drop a duplicate, since delivery is at least once.
 */
@ApplicationScoped
public class WebhookEvents {

    @Inject
    FeedConsumerRepository repository;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    Clock clock;

    /** A consumer listening, with its view parsed once for the batch. */
    private record Listener(UUID id, FeedFilter view) {
    }

    /** The consumers to tell, read once for a batch of entries. */
    public final class Batch {

        private final List<Listener> listening;

        private Batch(List<Listener> listening) {
            this.listening = listening;
        }

        /** Adds the events the change from {@code before} to {@code after} makes, for every consumer concerned. */
        public void announce(Optional<FeedEntry> before, FeedEntry after) {
            JsonObject item = null;
            for (Listener consumer : listening) {
                boolean was = before.map(b -> b.showsAsItemIn(consumer.view())).orElse(false);
                boolean is = after.showsAsItemIn(consumer.view());
                if (!was && !is) {
                    continue;
                }
                if (is && item == null) {
                    item = Jsonp.object(after.document());
                }
                String type = is ? (was ? "content.updated" : "content.published") : "content.withdrawn";
                UUID eventId = UUID.randomUUID();
                deliveries.add(consumer.id(), type, after.itemId(), after.position(),
                        payload(eventId, type, after, is ? item : null, consumer.view()), eventId);
            }
        }
    }

    /** A batch for the consumers listening now (active, with a webhook address). */
    public Batch batch() {
        return new Batch(repository.all().stream().filter(c -> c.active() && c.webhookUrl() != null)
                .map(c -> new Listener(c.id(), c.allowedView())).toList());
    }

    private String payload(UUID eventId, String type, FeedEntry entry, JsonObject item, FeedFilter view) {
        JsonObjectBuilder data = Jsonp.objectBuilder().add("id", entry.itemId().toString());
        if (item != null) {
            data.add("item", item);
        } else {
            data.add("reason", entry.reasonIn(view).wireName());
        }
        return Jsonp.objectBuilder().add("id", eventId.toString()).add("type", type)
                .add("occurredAt", clock.instant().toString()).add("data", data).build().toString();
    }
}
