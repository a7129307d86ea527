package th.go.moph.healthliteracy.content.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * One saved version of an item. Its content and classification never change after it is written; only its place in
 * the workflow does (draft, in review, approved with a sign-off, live, superseded).
 */
@Entity
@Table(name = "revision")
public class Revision {

    @Id
    private UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private ContentItem item;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkflowState state;

    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "change_note", nullable = false, updatable = false)
    private String changeNote;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Licence licence;

    @Column(nullable = false, updatable = false)
    private String attribution;

    @Column(name = "alt_text", nullable = false, updatable = false)
    private String altText;

    @Column(name = "captions_waiver", nullable = false, updatable = false)
    private String captionsWaiver;

    @Column(name = "correction_note", nullable = false, updatable = false)
    private String correctionNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "revision_topic", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "topic_code", updatable = false)
    private Set<String> topics = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "revision_audience", joinColumns = @JoinColumn(name = "revision_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "audience", updatable = false)
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "revision_citation", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    private List<Citation> citations = new ArrayList<>();

    @Embedded
    private SignOff signOff;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "reviewed_by")
    private UUID reviewedBy;

    protected Revision() {
        // for JPA
    }

    Revision(ContentItem item, int number, UUID authorId, ContentDraft draft, String contentHash, String changeNote,
            Instant now) {
        this.id = UUID.randomUUID();
        this.item = item;
        this.number = number;
        this.state = WorkflowState.DRAFT;
        this.authorId = Objects.requireNonNull(authorId);
        this.createdAt = Objects.requireNonNull(now);
        this.changeNote = changeNote == null ? "" : changeNote.strip();
        this.contentHash = contentHash;
        this.title = draft.title();
        this.summary = draft.summary();
        this.body = draft.body();
        this.licence = draft.licence();
        this.attribution = draft.attribution();
        this.altText = draft.altText();
        this.captionsWaiver = draft.captionsWaiver();
        this.correctionNote = draft.correctionNote();
        this.topics = new TreeSet<>(draft.topics());
        this.audiences = draft.audiences().isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(draft.audiences());
        this.citations = new ArrayList<>(draft.citations());
    }

    public ContentDraft content() {
        return new ContentDraft(title, summary, body, new TreeSet<>(topics), audiences, licence, attribution,
                citations, altText, captionsWaiver, correctionNote);
    }

    void submit(Instant now) {
        state = WorkflowState.IN_REVIEW;
        submittedAt = now;
        reviewNote = null;
    }

    void sendBack(UUID reviewerId, String note) {
        state = WorkflowState.CHANGES_REQUESTED;
        reviewedBy = reviewerId;
        reviewNote = note;
    }

    void approve(SignOff signOff) {
        this.signOff = signOff;
        this.reviewedBy = signOff.isExternal() ? null : signOff.reviewerId(); // nobody in the portal reviewed it
        this.reviewNote = signOff.note();
        state = WorkflowState.APPROVED;
    }

    void moveTo(WorkflowState newState) {
        state = newState;
    }

    /** Was signed off at some point (approved, scheduled, live, or since superseded). */
    public boolean wasApproved() {
        return signOff != null;
    }

    public boolean isSignedOff() {
        return signOff != null && signOff.covers(contentHash);
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public WorkflowState state() {
        return state;
    }

    public UUID authorId() {
        return authorId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String changeNote() {
        return changeNote;
    }

    public String contentHash() {
        return contentHash;
    }

    public SignOff signOff() {
        return signOff;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public UUID reviewedBy() {
        return reviewedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public ContentItem item() {
        return item;
    }
}
