package th.go.moph.healthliteracy.review.application;

import java.time.Clock;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.audit.application.AuditedRefusals;
import th.go.moph.healthliteracy.content.domain.ContentItem;
import th.go.moph.healthliteracy.content.domain.ContentItemRepository;
import th.go.moph.healthliteracy.content.domain.ExternalAttestation;
import th.go.moph.healthliteracy.content.domain.Revision;
import th.go.moph.healthliteracy.identity.application.CurrentActor;
import th.go.moph.healthliteracy.identity.domain.Actor;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Permission;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.media.application.MediaAttachments;

/** Reviewers' decisions on the revision in review. */
@ApplicationScoped
@Transactional
@AuditedRefusals
public class ReviewDecisions {

    private static final Logger LOG = Logger.getLogger(ReviewDecisions.class.getName());

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

    /** Approves the revision in review: the medical sign-off of its exact content. */
    public void approve(@NotNull UUID itemId, int revision, @Size(max = 4000) String note) {
        Actor actor = currentActor.get();
        ContentItem item = reviewable(itemId, actor, revision);
        item.approve(actor.accountId(), reviewerRole(actor, item), note, media.readinessOf(itemId), clock.instant());
        Revision approved = item.revision(revision);
        audit.record("REVIEW_APPROVED", Subject.of("content_item", itemId, revision),
                "sign-off of " + approved.contentHash());
        LOG.info(() -> "Item " + itemId + " revision " + revision + " approved by " + actor.accountId());
    }

    /**
     * Records a sign-off given outside the portal (an agency's attestation carried by an import) for the working
     * draft, as exactly that. A publisher of the item's agency accepts it: it lets the revision go out without a
     * review in the portal, which is the publisher's decision, not a reviewer's.
     */
    public void recordExternalSignOff(@NotNull UUID itemId, @NotNull ExternalAttestation attestation) {
        Actor actor = currentActor.get();
        ContentItem item = items.findForUpdate(itemId).orElseThrow(() -> new IllegalArgumentException("No item " + itemId));
        actor.require(Permission.PUBLISH_CONTENT, item.agencyId());
        item.recordExternalSignOff(actor.accountId(), attestation, clock.instant());
        audit.record("CONTENT_ATTESTATION_RECORDED", Subject.of("content_item", itemId,
                item.working().orElseThrow().number()), "attested by " + attestation.attestedBy() + " ("
                + attestation.agency() + ") on " + attestation.date());
    }

    public void requestChanges(@NotNull UUID itemId, int revision, @Size(max = 4000) String note) {
        Actor actor = currentActor.get();
        ContentItem item = reviewable(itemId, actor, revision);
        item.requestChanges(actor.accountId(), note, clock.instant());
        audit.record("REVIEW_CHANGES_REQUESTED", Subject.of("content_item", itemId, revision), note);
    }

    /**
     * Loads the item and checks the reviewer decides on the revision they were shown: a decision on a revision
     * that has since been replaced is refused, so nobody approves what they did not read.
     */
    private ContentItem reviewable(UUID itemId, Actor actor, int revision) {
        ContentItem item = items.findForUpdate(itemId).orElseThrow(() -> new IllegalArgumentException("No item " + itemId));
        actor.require(Permission.REVIEW_CONTENT, item.agencyId());
        int current = item.working().map(Revision::number).orElse(-1);
        if (current != revision) {
            throw new th.go.moph.healthliteracy.content.domain.WorkflowException("review.stale",
                    "You were shown revision " + revision + " but the revision in review is now " + current
                            + "; read it before deciding");
        }
        return item;
    }

    private static String reviewerRole(Actor actor, ContentItem item) {
        boolean ministryWide = actor.grants().stream()
                .anyMatch(g -> g.role() == Role.REVIEWER && g.scope() == GrantScope.ALL_AGENCIES);
        return ministryWide ? "reviewer (all agencies)" : "reviewer (own agency)";
    }
}
