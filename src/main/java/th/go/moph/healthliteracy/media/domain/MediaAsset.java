package th.go.moph.healthliteracy.media.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A picture or video attached to a content item: its private original (checked by content when it arrived) and its
 * state while renditions are made. Whether identifiable people appear, and the consent reference, are recorded for
 * the publish gate (PDPA).
 */
@Entity
@Table(name = "media_asset")
public class MediaAsset {

    /** Where the renditions stand. */
    public enum Status {
        PROCESSING, READY, FAILED
    }

    /** Pictures and videos. */
    public enum Kind {
        IMAGE, VIDEO
    }

    @Id
    private UUID id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private UUID itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "original_name", nullable = false, updatable = false)
    private String originalName;

    @Column(name = "original_key", nullable = false, updatable = false)
    private String originalKey;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    private Integer width;

    private Integer height;

    @Column(name = "duration_seconds")
    private Double durationSeconds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "people_present")
    private Boolean peoplePresent;

    @Column(name = "consent_reference")
    private String consentReference;

    @Column(name = "created_by", nullable = false, updatable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected MediaAsset() {
        // for JPA
    }

    private MediaAsset(UUID id, UUID itemId, Kind kind, String originalName, String originalKey, String contentType,
            long sizeBytes, String sha256, Integer width, Integer height, Double durationSeconds, UUID createdBy,
            Instant now) {
        this.id = Objects.requireNonNull(id);
        this.itemId = Objects.requireNonNull(itemId);
        this.kind = Objects.requireNonNull(kind);
        this.originalName = Objects.requireNonNull(originalName);
        this.originalKey = Objects.requireNonNull(originalKey);
        this.contentType = Objects.requireNonNull(contentType);
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256);
        this.width = width;
        this.height = height;
        this.durationSeconds = durationSeconds;
        this.status = Status.PROCESSING;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** An accepted upload, its original stored under {@code originalKey}; renditions are still to be made. */
    public static MediaAsset received(UUID id, UUID itemId, Kind kind, String originalName, String originalKey,
            String contentType, long sizeBytes, String sha256, Integer width, Integer height, Double durationSeconds,
            UUID createdBy, Instant now) {
        return new MediaAsset(id, itemId, kind, originalName, originalKey, contentType, sizeBytes, sha256, width,
                height, durationSeconds, createdBy, now);
    }

    public void renditionsFinished(Instant now) {
        status = Status.READY;
        failureReason = null;
        updatedAt = now;
    }

    public void renditionsFailed(String reason, Instant now) {
        status = Status.FAILED;
        failureReason = reason;
        updatedAt = now;
    }

    /** Retrying a failed asset puts it back in processing. */
    public void retry(Instant now) {
        status = Status.PROCESSING;
        failureReason = null;
        updatedAt = now;
    }

    public void recordPeople(boolean present, String consent, Instant now) {
        if (present && (consent == null || consent.isBlank())) {
            throw new MediaRefusedException("media.consentRequired",
                    "When identifiable people appear, record the consent reference");
        }
        peoplePresent = present;
        consentReference = present ? consent.strip() : null;
        updatedAt = now;
    }

    public UUID id() { return id; }
    public UUID itemId() { return itemId; }
    public Kind kind() { return kind; }
    public String originalName() { return originalName; }
    public String originalKey() { return originalKey; }
    public String contentType() { return contentType; }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public Integer width() { return width; }
    public Integer height() { return height; }
    public Double durationSeconds() { return durationSeconds; }
    public Status status() { return status; }
    public String failureReason() { return failureReason; }
    public Boolean peoplePresent() { return peoplePresent; }
    public String consentReference() { return consentReference; }
}
