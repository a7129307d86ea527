package th.go.moph.healthliteracy.publishing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import th.go.moph.healthliteracy.content.domain.ContentItem;
import th.go.moph.healthliteracy.content.domain.ContentItemRepository;

/**
 * Every minute: scheduled revisions whose time has come go live, items past {@code unpublishAt} are withdrawn, and
 * items whose review date lapsed longer ago than {@code REVIEW_GRACE_DAYS} are suspended. Each item is handled in its
 * own transaction under a row lock, and each transition checks the item's state again under that lock, so with
 * several portal instances every transition happens exactly once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScheduledTransitions {

    private static final Logger LOG = Logger.getLogger(ScheduledTransitions.class.getName());

    @Inject
    ContentItemRepository items;

    @Inject
    ItemTransition transition;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "REVIEW_GRACE_DAYS", defaultValue = "30")
    int graceDays;

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void runDueTransitions() {
        runOnce(clock.instant());
    }

    /** One pass over everything due at {@code now}; returns how many items changed. */
    public int runOnce(Instant now) {
        int changed = 0;
        changed += apply(items.dueForPublication(now), "CONTENT_PUBLISHED_ON_SCHEDULE",
                (item, at) -> item.publishIfDue(transition.mediaOf(item), at), now);
        changed += apply(items.dueForExpiry(now), "CONTENT_EXPIRED", ContentItem::expireIfDue, now);
        changed += apply(items.reviewLapsedBefore(now.atZone(ContentItem.PORTAL_ZONE).toLocalDate().minusDays(graceDays)),
                "CONTENT_SUSPENDED_FOR_REVIEW", (item, at) -> item.suspendIfReviewLapsed(graceDays, at), now);
        return changed;
    }

    private int apply(java.util.List<UUID> due, String action, BiPredicate<ContentItem, Instant> step, Instant now) {
        int changed = 0;
        for (UUID id : due) {
            try {
                if (transition.apply(id, action, step, now)) {
                    changed++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Scheduled transition " + action + " of item " + id + " failed", e);
            }
        }
        return changed;
    }
}
