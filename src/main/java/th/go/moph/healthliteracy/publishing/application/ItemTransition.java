package th.go.moph.healthliteracy.publishing.application;

import java.time.Instant;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.content.domain.ContentItem;
import th.go.moph.healthliteracy.content.domain.ContentItemRepository;
import th.go.moph.healthliteracy.content.domain.MediaReadiness;
import th.go.moph.healthliteracy.media.application.MediaAttachments;

/** One scheduled transition of one item, in its own transaction, under the item's row lock. */
@ApplicationScoped
public class ItemTransition {

    private static final Logger LOG = Logger.getLogger(ItemTransition.class.getName());

    @Inject
    ContentItemRepository items;

    @Inject
    MediaAttachments media;

    @Inject
    AuditTrail audit;

    @Transactional(TxType.REQUIRES_NEW)
    public boolean apply(UUID itemId, String action, BiPredicate<ContentItem, Instant> step, Instant now) {
        ContentItem item = items.findForUpdate(itemId).orElse(null);
        if (item == null || !step.test(item, now)) {
            return false; // another instance got there first, or it is no longer due
        }
        audit.recordFor(null, action, Subject.of("content_item", itemId, item.publishedVersion()), "scheduled");
        LOG.info(() -> action + " item " + itemId);
        return true;
    }

    MediaReadiness mediaOf(ContentItem item) {
        return media.readinessOf(item.id());
    }
}
