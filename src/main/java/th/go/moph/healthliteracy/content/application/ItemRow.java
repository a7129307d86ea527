package th.go.moph.healthliteracy.content.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import th.go.moph.healthliteracy.content.domain.ContentType;
import th.go.moph.healthliteracy.content.domain.PublicationStatus;
import th.go.moph.healthliteracy.content.domain.WorkflowState;

/** A line of the editor's lists: the item with the title of its current revision (working, else live). */
public record ItemRow(UUID id, ContentType type, String title, String language, UUID agencyId, String agencyNameTh,
        String agencyNameEn, PublicationStatus status, WorkflowState state, int revision, Integer liveRevision,
        Instant updatedAt, LocalDate nextReviewDue, Instant publishAt) {
}
