package th.go.moph.healthliteracy.media.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One finished, stored rendition of an asset. Written only once every file it needs is in the store. */
@Entity
@Table(name = "rendition")
@NamedQuery(name = Rendition.OF_ASSET, query = "select r from Rendition r where r.assetId = :asset order by r.kind, r.width")
public class Rendition {

    public static final String OF_ASSET = "Rendition.ofAsset";

    /** What a rendition is. */
    public enum Kind {
        IMAGE_JPEG, IMAGE_WEBP, HLS_MASTER, POSTER, MP4, CAPTIONS_VTT
    }

    @Id
    private UUID id;

    @Column(name = "asset_id", nullable = false, updatable = false)
    private UUID assetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(updatable = false)
    private Integer width;

    @Column(updatable = false)
    private Integer height;

    @Column(updatable = false)
    private String language;

    @Column(name = "storage_key", nullable = false, updatable = false)
    private String storageKey;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Rendition() {
        // for JPA
    }

    public Rendition(UUID assetId, Kind kind, Integer width, Integer height, String language, String storageKey,
            String contentType, long sizeBytes, Instant now) {
        this.id = UUID.randomUUID();
        this.assetId = assetId;
        this.kind = kind;
        this.width = width;
        this.height = height;
        this.language = language;
        this.storageKey = storageKey;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.createdAt = now;
    }

    public UUID assetId() { return assetId; }
    public Kind kind() { return kind; }
    public Integer width() { return width; }
    public Integer height() { return height; }
    public String language() { return language; }
    public String storageKey() { return storageKey; }
    public String contentType() { return contentType; }
    public long sizeBytes() { return sizeBytes; }
}
