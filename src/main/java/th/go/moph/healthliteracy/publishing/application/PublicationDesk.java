package th.go.moph.healthliteracy.publishing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.audit.application.AuditedRefusals;
import th.go.moph.healthliteracy.content.domain.ContentItem;
import th.go.moph.healthliteracy.content.domain.ContentItemRepository;
import th.go.moph.healthliteracy.identity.application.CurrentActor;
import th.go.moph.healthliteracy.identity.domain.Permission;
import th.go.moph.healthliteracy.media.application.MediaAttachments;

/** Publishers' actions on an item. */
@ApplicationScoped
@Transactional
@AuditedRefusals
public class PublicationDesk {

    private static final Logger LOG = Logger.getLogger(PublicationDesk.class.getName());

    @Inject
    ContentItemRepository items;

    @Inject
    CurrentActor currentActor;

    @Inject
    MediaAttachments media;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public void publish(@NotNull UUID itemId) {
        ContentItem item = publishable(itemId);
        item.publish(media.readinessOf(itemId), clock.instant());
        audit.record(item.status().isPublic() ? "CONTENT_PUBLISHED" : "CONTENT_SCHEDULED",
                Subject.of("content_item", itemId, item.publishedVersion()), null);
        LOG.info(() -> "Item " + itemId + " " + (item.status().isPublic() ? "published" : "scheduled"));
    }

    /**
     * Publishes the approved revision as soon as its media are ready: at once when they are, else the scheduler's
     * turn does it when the renditions finish. Every other part of the publish gate must pass now.
     */
    public void publishWhenReady(@NotNull UUID itemId) {
        ContentItem item = publishable(itemId);
        item.publishWhenReady(media.readinessOf(itemId), clock.instant());
        audit.record(item.status().isPublic() ? "CONTENT_PUBLISHED" : "CONTENT_SCHEDULED",
                Subject.of("content_item", itemId, item.publishedVersion()),
                item.status().isPublic() ? null : "when its media are ready, from " + item.publishAt());
    }

    public void schedule(@NotNull UUID itemId, Instant publishAt, Instant unpublishAt) {
        ContentItem item = publishable(itemId);
        item.schedule(publishAt, unpublishAt, clock.instant());
        audit.record("CONTENT_SCHEDULE_SET", Subject.of("content_item", itemId),
                "publish at " + publishAt + ", unpublish at " + unpublishAt);
    }

    public void withdraw(@NotNull UUID itemId, String reason) {
        ContentItem item = publishable(itemId);
        item.withdraw(reason, clock.instant());
        audit.record("CONTENT_WITHDRAWN", Subject.of("content_item", itemId, item.publishedVersion()), reason);
        LOG.info(() -> "Item " + itemId + " withdrawn");
    }

    public void archive(@NotNull UUID itemId) {
        ContentItem item = publishable(itemId);
        item.archive(clock.instant());
        audit.record("CONTENT_ARCHIVED", Subject.of("content_item", itemId), null);
    }

    private ContentItem publishable(UUID itemId) {
        ContentItem item = items.findForUpdate(itemId).orElseThrow(() -> new IllegalArgumentException("No item " + itemId));
        currentActor.get().require(Permission.PUBLISH_CONTENT, item.agencyId());
        return item;
    }
}
