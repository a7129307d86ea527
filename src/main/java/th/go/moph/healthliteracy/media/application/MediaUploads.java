package th.go.moph.healthliteracy.media.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import th.go.moph.healthliteracy.audit.application.AuditedRefusals;
import th.go.moph.healthliteracy.content.domain.ContentItem;
import th.go.moph.healthliteracy.identity.application.CurrentActor;
import th.go.moph.healthliteracy.identity.domain.Actor;
import th.go.moph.healthliteracy.identity.domain.Permission;
import th.go.moph.healthliteracy.media.domain.MediaAsset;
import th.go.moph.healthliteracy.media.domain.MediaRefusedException;
import th.go.moph.healthliteracy.media.infrastructure.ffmpeg.VideoInspector;

/**
 * Receives uploads: streams them to a private incoming file (never whole in memory) within the size limit, checks
 * them by content, stores the original, and records the asset with its rendition job. A refused or failed upload
 * leaves nothing behind: no file, no row.
 */
@ApplicationScoped
@AuditedRefusals(subject = "content_item")
public class MediaUploads {

    private static final Logger LOG = Logger.getLogger(MediaUploads.class.getName());

    @Inject
    MediaStore store;

    @Inject
    MediaWorkArea workArea;

    @Inject
    MediaCatalog catalog;

    @Inject
    VideoInspector videoInspector;

    @Inject
    MalwareScanner scanner;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "MEDIA_MAX_IMAGE_BYTES", defaultValue = "52428800")
    long maxImageBytes;

    @Inject
    @ConfigProperty(name = "MEDIA_MAX_VIDEO_BYTES", defaultValue = "4294967296")
    long maxVideoBytes;

    @Inject
    @ConfigProperty(name = "MEDIA_MAX_CAPTION_BYTES", defaultValue = "2097152")
    long maxCaptionBytes;

    @Inject
    @ConfigProperty(name = "MEDIA_MAX_IMAGE_PIXELS", defaultValue = "100000000")
    long maxImagePixels;

    /** Large videos go up from the browser in chunks of this size; a dropped connection costs at most one chunk. */
    @Inject
    @ConfigProperty(name = "MEDIA_UPLOAD_CHUNK_BYTES", defaultValue = "8388608")
    long chunkBytes;

    public long chunkBytes() {
        return chunkBytes;
    }

    /** The largest upload accepted of this kind. */
    public long sizeLimit(MediaAsset.Kind kind) {
        return kind == MediaAsset.Kind.IMAGE ? maxImageBytes : maxVideoBytes;
    }

    /** Accepts a picture or video for an item; returns the new asset's id. */
    public UUID receive(UUID itemId, MediaAsset.Kind kind, String fileName, InputStream content) throws IOException {
        Actor actor = currentActor.get();
        actor.require(Permission.EDIT_CONTENT, itemAgency(itemId));
        UUID assetId = UUID.randomUUID();
        Path incoming = workArea.folder("incoming").resolve(assetId + ".upload");
        String key = null;
        try {
            String sha256 = receiveInto(incoming, content, sizeLimit(kind));
            scan(incoming);
            String safeName = safeFileName(fileName);
            MediaAsset asset;
            if (kind == MediaAsset.Kind.IMAGE) {
                ImageInspector.ImageFacts facts = new ImageInspector(maxImagePixels).inspect(incoming);
                key = "originals/" + assetId + "/" + safeName;
                asset = MediaAsset.received(assetId, itemId, kind, safeName, key, facts.contentType(),
                        Files.size(incoming), sha256, facts.width(), facts.height(), null, actor.accountId(),
                        clock.instant());
            } else {
                VideoInspector.VideoFacts facts = videoInspector.inspect(incoming);
                key = "originals/" + assetId + "/" + safeName;
                asset = MediaAsset.received(assetId, itemId, kind, safeName, key, "video/" + container(facts),
                        Files.size(incoming), sha256, facts.width(), facts.height(), facts.durationSeconds(),
                        actor.accountId(), clock.instant());
            }
            deleteIfRolledBack(key);
            store.put(key, incoming, asset.contentType());
            catalog.register(asset);
            LOG.info(() -> "Media asset " + assetId + " received for item " + itemId);
            return assetId;
        } catch (IOException | RuntimeException e) {
            if (key != null) {
                store.delete(key); // the original must not outlive a failed registration
            }
            throw e;
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    /** Captions for a video, in one language: WebVTT, or SRT converted. */
    @AuditedRefusals(subject = "media_asset")
    public void addCaptions(UUID assetId, String language, byte[] content) throws IOException {
        MediaAsset asset = catalog.asset(assetId);
        currentActor.get().require(Permission.EDIT_CONTENT, itemAgency(asset.itemId()));
        if (asset.kind() != MediaAsset.Kind.VIDEO) {
            throw new MediaRefusedException("media.captions.notVideo", "Captions belong to videos");
        }
        if (language == null || !language.matches("[a-z]{2,3}")) {
            throw new MediaRefusedException("media.captions.language", "Name the captions' language (e.g. th, en)");
        }
        String vtt = CaptionFiles.toWebVtt(content, maxCaptionBytes);
        Path file = workArea.folder("incoming").resolve(UUID.randomUUID() + ".vtt");
        String key = "captions/" + assetId + "/" + language + ".vtt";
        try {
            Files.writeString(file, vtt);
            scan(file);
            deleteIfRolledBack(key);
            store.put(key, file, "text/vtt");
            catalog.addCaptions(assetId, language, key);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Records whether identifiable people appear in an asset, with the consent reference when they do (PDPA). */
    @AuditedRefusals(subject = "media_asset")
    public void recordPeople(UUID assetId, boolean present, String consentReference) {
        MediaAsset asset = catalog.asset(assetId);
        currentActor.get().require(Permission.EDIT_CONTENT, itemAgency(asset.itemId()));
        catalog.recordPeople(assetId, present, consentReference);
    }

    /**
     * Called inside a larger transaction (an import makes an item and its media in one), a stored file must not
     * outlive that transaction's rollback either.
     */
    private void deleteIfRolledBack(String key) {
        int status = transactions.getTransactionStatus();
        if (status != Status.STATUS_ACTIVE && status != Status.STATUS_MARKED_ROLLBACK) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        store.delete(key);
                    } catch (IOException | RuntimeException e) {
                        LOG.warning(() -> "Could not delete " + key + " after a rollback: " + e.getMessage());
                    }
                }
            }
        });
    }

    /** Passes the received file through the malware scanner, when one is configured; refuses what it finds or cannot check. */
    private void scan(Path file) {
        if (!scanner.enabled()) {
            return;
        }
        java.util.Optional<String> threat;
        try {
            threat = scanner.findThreat(file);
        } catch (IOException e) {
            LOG.warning(() -> "Upload refused: the malware scanner gave no verdict: " + e.getMessage());
            throw new MediaRefusedException("media.scanUnavailable",
                    "The malware scanner could not check the file, so it was not accepted; try again later");
        }
        threat.ifPresent(name -> {
            LOG.warning(() -> "Upload refused: the malware scanner found " + name);
            throw new MediaRefusedException("media.infected", "The malware scanner found " + name + " in the file");
        });
    }

    private UUID itemAgency(UUID itemId) {
        ContentItem item = em.find(ContentItem.class, itemId);
        if (item == null) {
            throw new IllegalArgumentException("No item " + itemId);
        }
        return item.agencyId();
    }

    private static String receiveInto(Path file, InputStream content, long limit) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = new DigestInputStream(content, sha256); OutputStream out = Files.newOutputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limit) {
                    throw new MediaRefusedException("media.tooLarge", "The file is larger than the limit of "
                            + limit / (1024 * 1024) + " MiB");
                }
                out.write(buffer, 0, n);
            }
        }
        if (total == 0) {
            throw new MediaRefusedException("media.empty", "The file is empty");
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The name kept with the private original: letters, digits, dots, dashes and underscores only. */
    static String safeFileName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[.-]+", "").replaceAll("-{2,}", "-");
        if (base.isBlank()) {
            base = "original";
        }
        return base.length() > 100 ? base.substring(base.length() - 100) : base;
    }

    private static String container(VideoInspector.VideoFacts facts) {
        return facts.container().contains("matroska") ? "x-matroska" : "mp4";
    }
}
