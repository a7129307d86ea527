package th.go.moph.healthliteracy.content.application;

import java.util.UUID;

import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.content.domain.ContentType;
import th.go.moph.healthliteracy.content.domain.PublicationStatus;
import th.go.moph.healthliteracy.content.domain.WorkflowState;

/** The content list's filters; {@code null} means any. */
public record ItemFilter(PublicationStatus status, WorkflowState state, ContentType type, UUID agencyId, String topic,
        Audience audience, String language, String titleContains) {

    public static final ItemFilter ANY = new ItemFilter(null, null, null, null, null, null, null, null);
}
