package th.go.moph.healthliteracy.content.domain;

/** The state of a revision in the review workflow. */
public enum WorkflowState {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED,
    /** Approved and waiting for its {@code publishAt}. */
    SCHEDULED,
    /** The live revision. */
    PUBLISHED,
    /** Was live or in progress, and a later revision took its place. */
    SUPERSEDED
}
