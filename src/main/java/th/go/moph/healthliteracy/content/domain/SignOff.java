package th.go.moph.healthliteracy.content.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A medical reviewer's sign-off of one exact revision: who (opaque id) in which role, when, the note, and the content
 * hash of what was approved.
 */
@Embeddable
public class SignOff {

    @Column(name = "signed_off_by")
    private UUID reviewerId;

    @Column(name = "signed_off_role")
    private String reviewerRole;

    @Column(name = "signed_off_at")
    private Instant signedAt;

    @Column(name = "sign_off_note")
    private String note;

    @Column(name = "signed_hash")
    private String contentHash;

    protected SignOff() {
        // for JPA
    }

    SignOff(UUID reviewerId, String reviewerRole, Instant signedAt, String note, String contentHash) {
        this.reviewerId = Objects.requireNonNull(reviewerId);
        this.reviewerRole = Objects.requireNonNull(reviewerRole);
        this.signedAt = Objects.requireNonNull(signedAt);
        this.note = note == null ? "" : note.strip();
        this.contentHash = Objects.requireNonNull(contentHash);
    }

    public UUID reviewerId() {
        return reviewerId;
    }

    public String reviewerRole() {
        return reviewerRole;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String note() {
        return note;
    }

    public String contentHash() {
        return contentHash;
    }

    /** A sign-off counts only for the very content it was given for. */
    public boolean covers(String hash) {
        return contentHash != null && contentHash.equals(hash);
    }
}
