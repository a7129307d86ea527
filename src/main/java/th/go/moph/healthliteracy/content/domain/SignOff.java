package th.go.moph.healthliteracy.content.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The sign-off of one exact revision: who (opaque id) in which role, when, the note, and the content hash of what was
 * approved. Either a medical review done in the portal, or an external attestation recorded at import — who attested,
 * for which source agency, on what day — which is shown as such and never passes for a review in the portal.
 */
@Embeddable
public class SignOff {

    /** Where the sign-off was given. */
    public enum Kind {
        PORTAL_REVIEW, EXTERNAL_ATTESTATION
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "sign_off_kind")
    private Kind kind;

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

    @Column(name = "attested_by")
    private String attestedBy;

    @Column(name = "attested_agency")
    private String attestedAgency;

    @Column(name = "attested_on")
    private LocalDate attestedOn;

    protected SignOff() {
        // for JPA
    }

    SignOff(UUID reviewerId, String reviewerRole, Instant signedAt, String note, String contentHash) {
        this.reviewerId = Objects.requireNonNull(reviewerId);
        this.reviewerRole = Objects.requireNonNull(reviewerRole);
        this.signedAt = Objects.requireNonNull(signedAt);
        this.note = note == null ? "" : note.strip();
        this.contentHash = Objects.requireNonNull(contentHash);
        this.kind = Kind.PORTAL_REVIEW;
    }

    /** An external sign-off: {@code recordedBy} is the account that recorded it, not the one that gave it. */
    static SignOff attested(UUID recordedBy, ExternalAttestation attestation, Instant recordedAt, String contentHash) {
        SignOff signOff = new SignOff(recordedBy, "external attestation", recordedAt,
                "attested by " + attestation.attestedBy() + " (" + attestation.agency() + ") on " + attestation.date(),
                contentHash);
        signOff.kind = Kind.EXTERNAL_ATTESTATION;
        signOff.attestedBy = attestation.attestedBy();
        signOff.attestedAgency = attestation.agency();
        signOff.attestedOn = attestation.date();
        return signOff;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isExternal() {
        return kind == Kind.EXTERNAL_ATTESTATION;
    }

    /** The attestation, for an external sign-off. */
    public java.util.Optional<ExternalAttestation> attestation() {
        return isExternal() ? java.util.Optional.of(new ExternalAttestation(attestedBy, attestedAgency, attestedOn))
                : java.util.Optional.empty();
    }

    /** The day the content was last checked: the attestation's date, or the day of the review in the portal. */
    public LocalDate reviewedOn() {
        return isExternal() ? attestedOn : signedAt.atZone(ContentItem.PORTAL_ZONE).toLocalDate();
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
