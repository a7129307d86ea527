package th.go.moph.healthliteracy.content.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A health-education item — article, image or video — and the aggregate root of its revisions and workflow.
 * At most one revision is <em>live</em> (what the public sees) and at most one is <em>working</em> (the draft under
 * edit or review); the workflow state belongs to the working revision. Every rule is checked here, in the verbs.
 */
@Entity
@Table(name = "content_item")
public class ContentItem {

    /** Where calendar dates (review dates) are counted. */
    public static final ZoneId PORTAL_ZONE = ZoneId.of("Asia/Bangkok");

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContentType type;

    @Column(name = "agency_id", nullable = false)
    private UUID agencyId;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(name = "translation_group", nullable = false)
    private UUID translationGroup;

    @Column(nullable = false)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PublicationStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "live_revision")
    private Integer liveRevision;

    @Column(name = "working_revision")
    private Integer workingRevision;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "unpublish_at")
    private Instant unpublishAt;

    @Column(name = "last_reviewed")
    private LocalDate lastReviewed;

    @Column(name = "next_review_due")
    private LocalDate nextReviewDue;

    @Column(name = "first_published_at")
    private Instant firstPublishedAt;

    @Column(name = "live_since")
    private Instant liveSince;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private UUID createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL)
    @OrderBy("number ASC")
    private List<Revision> revisions = new ArrayList<>();

    protected ContentItem() {
        // for JPA
    }

    private ContentItem(ContentType type, UUID agencyId, String language, String slug, UUID translationGroup,
            UUID authorId, Instant now) {
        this.id = UUID.randomUUID();
        this.type = Objects.requireNonNull(type, "type");
        this.agencyId = Objects.requireNonNull(agencyId, "agency");
        this.language = requireLanguage(language);
        this.slug = Slug.require(slug);
        this.translationGroup = translationGroup == null ? id : translationGroup;
        this.status = PublicationStatus.UNPUBLISHED;
        this.statusChangedAt = now;
        this.createdAt = now;
        this.createdBy = Objects.requireNonNull(authorId);
        this.updatedAt = now;
    }

    /** A new item with its first revision, a draft. */
    public static ContentItem create(ContentType type, UUID agencyId, String language, String slug,
            UUID translationOf, UUID authorId, ContentDraft draft, Instant now) {
        ContentItem item = new ContentItem(type, agencyId, language, slug, translationOf, authorId, now);
        item.addRevision(authorId, draft, "created", now);
        return item;
    }

    private static String requireLanguage(String language) {
        if (language == null || !language.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("A language is a two- or three-letter ISO 639 code: " + language);
        }
        return language;
    }

    // ---- editing ---------------------------------------------------------------------------------------------

    /**
     * Saves the editor's content as a new working revision. {@code basedOn} is the revision the editor opened: when
     * someone saved since, nothing is saved and {@link EditConflictException} says so. Saving content identical to
     * the working revision makes no revision and leaves its state alone. Saving over a revision in review or approved takes it back to a draft
     * (its sign-off does not carry over: the content changed).
     */
    public Revision saveDraft(UUID authorId, ContentDraft draft, int basedOn, String changeNote, Instant now) {
        requireNotArchived();
        Revision latest = latestRevision();
        if (basedOn != latest.number()) {
            throw new EditConflictException(basedOn, latest.number());
        }
        Optional<Revision> working = working();
        if (working.isPresent() && working.get().content().equals(draft)) {
            return working.get();
        }
        if (working.isEmpty() && live().map(r -> r.content().equals(draft)).orElse(false)) {
            throw new WorkflowException("nothing.changed", "Nothing changed from the published revision");
        }
        working.ifPresent(w -> w.moveTo(WorkflowState.SUPERSEDED));
        return addRevision(authorId, draft, changeNote, now);
    }

    /** A new working revision with the content of an earlier one: a restore is itself a revision. */
    public Revision restore(UUID authorId, int fromRevision, int basedOn, Instant now) {
        Revision source = revision(fromRevision);
        return saveDraftAllowingSameAsLive(authorId, source.content(), basedOn,
                "restored from revision " + fromRevision, now);
    }

    /**
     * Starts the periodic review of a live item: a working revision with the live content, to be checked and
     * signed off again (the way back for an item suspended because its review date lapsed).
     */
    public Revision startReview(UUID authorId, int basedOn, Instant now) {
        Revision current = live().orElseThrow(() -> new WorkflowException("review.nothingLive",
                "Only an item that has been published can be reviewed again; edit the draft instead"));
        if (working().isPresent()) {
            throw new WorkflowException("review.workingExists",
                    "A working revision exists already; review that one");
        }
        return saveDraftAllowingSameAsLive(authorId, current.content(), basedOn, "periodic review", now);
    }

    private Revision saveDraftAllowingSameAsLive(UUID authorId, ContentDraft draft, int basedOn, String note,
            Instant now) {
        requireNotArchived();
        Revision latest = latestRevision();
        if (basedOn != latest.number()) {
            throw new EditConflictException(basedOn, latest.number());
        }
        working().ifPresent(w -> w.moveTo(WorkflowState.SUPERSEDED));
        return addRevision(authorId, draft, note, now);
    }

    private Revision addRevision(UUID authorId, ContentDraft draft, String changeNote, Instant now) {
        int number = revisions.size() + 1;
        Revision revision = new Revision(this, number, authorId, draft,
                ContentHash.of(type, language, draft, ""), changeNote, now);
        revisions.add(revision);
        workingRevision = number;
        updatedAt = now;
        return revision;
    }

    // ---- review ----------------------------------------------------------------------------------------------

    public void submitForReview(UUID authorId, Instant now) {
        Revision working = requireWorking();
        if (working.state() != WorkflowState.DRAFT) {
            throw new WorkflowException("review.notDraft", "Only a draft can be sent for review; this revision is "
                    + working.state().name().toLowerCase().replace('_', ' '));
        }
        working.submit(now);
        updatedAt = now;
    }

    public void requestChanges(UUID reviewerId, String note, Instant now) {
        Revision working = requireInReview();
        if (note == null || note.isBlank()) {
            throw new WorkflowException("review.noteRequired", "Say what needs to change");
        }
        working.sendBack(reviewerId, note.strip());
        updatedAt = now;
    }

    /**
     * Records the medical sign-off of the revision in review. Four eyes: the reviewer may not have authored any
     * revision since the last approved one. A suspended item whose content is unchanged (a periodic review) returns
     * to the public at once when the publish gate allows it.
     */
    public void approve(UUID reviewerId, String reviewerRole, String note, MediaReadiness media, Instant now) {
        Revision working = requireInReview();
        if (authorsSinceLastApproval().contains(reviewerId)) {
            throw new WorkflowException("review.fourEyes",
                    "You wrote part of this revision; another reviewer must approve it");
        }
        working.approve(new SignOff(reviewerId, reviewerRole, now, note, working.contentHash()));
        updatedAt = now;
        boolean unchangedFromLive = live().map(l -> l.contentHash().equals(working.contentHash())).orElse(false);
        if (status == PublicationStatus.SUSPENDED && unchangedFromLive
                && PublishGate.missing(this, working, media, now, today(now)).isEmpty()) {
            goLive(working, now);
        }
    }

    /**
     * Records a sign-off given outside the portal for the working draft — an agency's attestation carried by an
     * import — as exactly that: the revision is approved with an external sign-off naming who attested, for which
     * agency and when; {@code recordedBy} is the account that recorded it. Only a draft takes one: a revision in the
     * portal's review waits for its reviewer, and one a reviewer sent back is not approved from outside. An
     * attestation dated in the future is refused.
     */
    public void recordExternalSignOff(UUID recordedBy, ExternalAttestation attestation, Instant now) {
        Revision working = requireWorking();
        if (working.state() == WorkflowState.IN_REVIEW || working.state() == WorkflowState.CHANGES_REQUESTED) {
            throw new WorkflowException("attestation.inPortalReview", working.state() == WorkflowState.IN_REVIEW
                    ? "This revision is waiting for a reviewer in the portal; an outside attestation does not pre-empt"
                            + " the review"
                    : "A reviewer in the portal asked for changes to this revision (" + working.reviewNote()
                            + "); an outside attestation does not overrule it");
        }
        if (working.state() != WorkflowState.DRAFT) {
            throw new WorkflowException("attestation.notOpen", "This revision is "
                    + working.state().name().toLowerCase().replace('_', ' ') + "; only a draft takes an attested"
                    + " sign-off");
        }
        if (attestation.date().isAfter(today(now))) {
            throw new WorkflowException("attestation.future", "The attestation is dated " + attestation.date()
                    + ", which has not come yet");
        }
        working.approve(SignOff.attested(recordedBy, attestation, now, working.contentHash()));
        updatedAt = now;
    }

    private List<UUID> authorsSinceLastApproval() {
        int lastApproved = revisions.stream().filter(r -> r.wasApproved() && r.number() < workingRevision)
                .mapToInt(Revision::number).max().orElse(0);
        return revisions.stream().filter(r -> r.number() > lastApproved && r.number() <= workingRevision)
                .map(Revision::authorId).distinct().toList();
    }

    // ---- publication -----------------------------------------------------------------------------------------

    /**
     * Publishes the approved working revision (now, or at {@code publishAt} when that is later), or brings a
     * withdrawn or suspended item back with its live revision. Either way the publish gate must pass.
     */
    public void publish(MediaReadiness media, Instant now) {
        requireNotArchived();
        Optional<Revision> working = working();
        if (working.isPresent() && working.get().state() == WorkflowState.APPROVED) {
            requireGate(working.get(), media, now);
            if (publishAt != null && publishAt.isAfter(now)) {
                working.get().moveTo(WorkflowState.SCHEDULED);
                updatedAt = now;
            } else {
                goLive(working.get(), now);
            }
            return;
        }
        if (working.isPresent() && working.get().state() == WorkflowState.SCHEDULED) {
            throw new WorkflowException("publish.alreadyScheduled", "This revision is already scheduled for "
                    + publishAt);
        }
        if ((status == PublicationStatus.WITHDRAWN || status == PublicationStatus.SUSPENDED) && live().isPresent()) {
            requireGate(live().get(), media, now);
            changeStatus(PublicationStatus.PUBLISHED, null, now);
            liveSince = now;
            return;
        }
        throw new WorkflowException("publish.nothingApproved", "There is no approved revision to publish");
    }

    /**
     * Publishes the approved working revision as soon as its media are ready: at once when they are (or at
     * {@code publishAt} when that is later), otherwise scheduled for now, which the scheduler's turn completes when
     * the renditions finish. Every other part of the publish gate must pass already.
     */
    public void publishWhenReady(MediaReadiness media, Instant now) {
        requireNotArchived();
        Revision approved = working().filter(w -> w.state() == WorkflowState.APPROVED).orElseThrow(() ->
                new WorkflowException("publish.nothingApproved", "There is no approved revision to publish"));
        requireGate(approved, media.assumingRenditionsReady(), now);
        boolean later = publishAt != null && publishAt.isAfter(now);
        if (!later && PublishGate.missing(this, approved, media, now, today(now)).isEmpty()) {
            goLive(approved, now);
            return;
        }
        if (!later) {
            publishAt = now;
        }
        approved.moveTo(WorkflowState.SCHEDULED);
        updatedAt = now;
    }

    /** The scheduler's turn: a scheduled revision whose time has come goes live, if the gate still passes. */
    public boolean publishIfDue(MediaReadiness media, Instant now) {
        Optional<Revision> scheduled = working().filter(w -> w.state() == WorkflowState.SCHEDULED);
        if (scheduled.isEmpty() || publishAt == null || publishAt.isAfter(now)) {
            return false;
        }
        if (!PublishGate.missing(this, scheduled.get(), media, now, today(now)).isEmpty()) {
            return false;
        }
        goLive(scheduled.get(), now);
        return true;
    }

    private void goLive(Revision revision, Instant now) {
        live().ifPresent(previous -> previous.moveTo(WorkflowState.SUPERSEDED));
        revision.moveTo(WorkflowState.PUBLISHED);
        liveRevision = revision.number();
        workingRevision = null;
        publishAt = null;
        lastReviewed = revision.signOff().reviewedOn();
        if (firstPublishedAt == null) {
            firstPublishedAt = now;
        }
        liveSince = now;
        changeStatus(PublicationStatus.PUBLISHED, null, now);
    }

    /** Sets when the item goes public and when it leaves; changes no revision, so a sign-off stays valid. */
    public void schedule(Instant newPublishAt, Instant newUnpublishAt, Instant now) {
        requireNotArchived();
        if (newPublishAt != null && newUnpublishAt != null && !newUnpublishAt.isAfter(newPublishAt)) {
            throw new WorkflowException("schedule.order", "The unpublish time must come after the publish time");
        }
        if (newUnpublishAt != null && !newUnpublishAt.isAfter(now)) {
            throw new WorkflowException("schedule.past", "The unpublish time must be in the future");
        }
        publishAt = newPublishAt;
        unpublishAt = newUnpublishAt;
        working().filter(w -> w.state() == WorkflowState.SCHEDULED && newPublishAt == null)
                .ifPresent(w -> w.moveTo(WorkflowState.APPROVED));
        updatedAt = now;
    }

    /** The date by which the item must be reviewed again; part of the schedule, not of the signed content. */
    public void setNextReviewDue(LocalDate due, Instant now) {
        requireNotArchived();
        if (due == null) {
            throw new WorkflowException("reviewDue.required", "An item needs a next review date");
        }
        if (lastReviewed != null && !due.isAfter(lastReviewed)) {
            throw new WorkflowException("reviewDue.order", "The next review must come after the last one ("
                    + lastReviewed + ")");
        }
        nextReviewDue = due;
        updatedAt = now;
    }

    public void withdraw(String reason, Instant now) {
        if (status != PublicationStatus.PUBLISHED) {
            throw new WorkflowException("withdraw.notPublished", "Only a published item can be withdrawn");
        }
        if (reason == null || reason.isBlank()) {
            throw new WorkflowException("withdraw.reasonRequired", "Say why the item is withdrawn");
        }
        changeStatus(PublicationStatus.WITHDRAWN, reason.strip(), now);
    }

    /** {@code unpublishAt} has passed: the item leaves the public surfaces. */
    public boolean expireIfDue(Instant now) {
        if (status != PublicationStatus.PUBLISHED || unpublishAt == null || unpublishAt.isAfter(now)) {
            return false;
        }
        changeStatus(PublicationStatus.WITHDRAWN, "expired", now);
        return true;
    }

    public boolean isReviewOverdue(LocalDate today) {
        return nextReviewDue != null && nextReviewDue.isBefore(today);
    }

    /** The review date lapsed longer ago than the grace period: stale advice leaves the public surfaces. */
    public boolean suspendIfReviewLapsed(int graceDays, Instant now) {
        LocalDate today = today(now);
        if (status != PublicationStatus.PUBLISHED || nextReviewDue == null
                || !nextReviewDue.plusDays(graceDays).isBefore(today)) {
            return false;
        }
        changeStatus(PublicationStatus.SUSPENDED, "under review", now);
        return true;
    }

    /** Final: the item never returns to the public. */
    public void archive(Instant now) {
        requireNotArchived();
        working().ifPresent(w -> w.moveTo(WorkflowState.SUPERSEDED));
        workingRevision = null;
        publishAt = null;
        changeStatus(PublicationStatus.ARCHIVED, "archived", now);
    }

    private void requireGate(Revision revision, MediaReadiness media, Instant now) {
        List<String> missing = PublishGate.missing(this, revision, media, now, today(now));
        if (!missing.isEmpty()) {
            throw new WorkflowException("publish.gate", "Cannot publish yet; missing: " + String.join(", ", missing));
        }
    }

    private void changeStatus(PublicationStatus newStatus, String reason, Instant now) {
        status = newStatus;
        statusReason = reason;
        statusChangedAt = now;
        updatedAt = now;
    }

    private static LocalDate today(Instant now) {
        return now.atZone(PORTAL_ZONE).toLocalDate();
    }

    // ---- guards and lookups ----------------------------------------------------------------------------------

    private void requireNotArchived() {
        if (status == PublicationStatus.ARCHIVED) {
            throw new WorkflowException("archived", "This item is archived and cannot change");
        }
    }

    private Revision requireWorking() {
        requireNotArchived();
        return working().orElseThrow(() -> new WorkflowException("working.none",
                "There is no working revision; edit the item first"));
    }

    private Revision requireInReview() {
        Revision working = requireWorking();
        if (working.state() != WorkflowState.IN_REVIEW) {
            throw new WorkflowException("review.notInReview", "This revision is not waiting for review");
        }
        return working;
    }

    public Optional<Revision> working() {
        return workingRevision == null ? Optional.empty() : Optional.of(revision(workingRevision));
    }

    public Optional<Revision> live() {
        return liveRevision == null ? Optional.empty() : Optional.of(revision(liveRevision));
    }

    public Revision latestRevision() {
        return revisions.get(revisions.size() - 1);
    }

    public Revision revision(int number) {
        if (number < 1 || number > revisions.size()) {
            throw new WorkflowException("revision.unknown", "This item has no revision " + number);
        }
        return revisions.get(number - 1);
    }

    public List<Revision> revisions() {
        return Collections.unmodifiableList(revisions);
    }

    public UUID id() {
        return id;
    }

    public ContentType type() {
        return type;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public String language() {
        return language;
    }

    public UUID translationGroup() {
        return translationGroup;
    }

    public String slug() {
        return slug;
    }

    public PublicationStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public Instant publishAt() {
        return publishAt;
    }

    public Instant unpublishAt() {
        return unpublishAt;
    }

    public LocalDate lastReviewed() {
        return lastReviewed;
    }

    public LocalDate nextReviewDue() {
        return nextReviewDue;
    }

    public Instant firstPublishedAt() {
        return firstPublishedAt;
    }

    public Instant liveSince() {
        return liveSince;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }

    /** The version other parts show: the live revision's number, or 0 before the first publication. */
    public int publishedVersion() {
        return liveRevision == null ? 0 : liveRevision;
    }
}
