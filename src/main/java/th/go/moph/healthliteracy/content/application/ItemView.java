package th.go.moph.healthliteracy.content.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import th.go.moph.healthliteracy.content.domain.ContentDraft;
import th.go.moph.healthliteracy.content.domain.ContentItem;
import th.go.moph.healthliteracy.content.domain.ContentType;
import th.go.moph.healthliteracy.content.domain.ExternalAttestation;
import th.go.moph.healthliteracy.content.domain.PublicationStatus;
import th.go.moph.healthliteracy.content.domain.Revision;
import th.go.moph.healthliteracy.content.domain.WorkflowState;

/** One item for the editor: its settings, its current revision's content, and its history. */
public record ItemView(UUID id, ContentType type, String language, String slug, UUID agencyId, UUID translationGroup,
        PublicationStatus status, String statusReason, Instant publishAt, Instant unpublishAt, LocalDate lastReviewed,
        LocalDate nextReviewDue, Integer liveRevision, Integer workingRevision, int latestRevision, long version,
        ContentDraft current, WorkflowState currentState, String currentHash, List<RevisionLine> revisions) {

    /** One revision in the history. */
    public record RevisionLine(int number, WorkflowState state, UUID authorId, Instant createdAt, String changeNote,
            String contentHash, UUID signedOffBy, Instant signedOffAt, String signOffNote, String reviewNote,
            ExternalAttestation attestation) {
    }

    static ItemView of(ContentItem item) {
        Revision current = item.working().orElseGet(() -> item.live().orElseGet(item::latestRevision));
        List<RevisionLine> lines = item.revisions().stream().map(r -> new RevisionLine(r.number(), r.state(),
                r.authorId(), r.createdAt(), r.changeNote(), r.contentHash(),
                r.signOff() == null ? null : r.signOff().reviewerId(),
                r.signOff() == null ? null : r.signOff().signedAt(),
                r.signOff() == null ? null : r.signOff().note(), r.reviewNote(),
                r.signOff() == null ? null : r.signOff().attestation().orElse(null))).toList();
        return new ItemView(item.id(), item.type(), item.language(), item.slug(), item.agencyId(),
                item.translationGroup(), item.status(), item.statusReason(), item.publishAt(), item.unpublishAt(),
                item.lastReviewed(), item.nextReviewDue(), item.live().map(Revision::number).orElse(null),
                item.working().map(Revision::number).orElse(null), item.latestRevision().number(), item.version(),
                current.content(), current.state(), current.contentHash(), lines);
    }

    public boolean inReview() {
        return workingRevision != null && currentState == WorkflowState.IN_REVIEW;
    }
}
