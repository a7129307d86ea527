package th.go.moph.healthliteracy.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import th.go.moph.healthliteracy.content.application.ContentQueries;
import th.go.moph.healthliteracy.content.application.ItemView;
import th.go.moph.healthliteracy.media.application.MediaCatalog;
import th.go.moph.healthliteracy.media.application.MediaUploads;
import th.go.moph.healthliteracy.media.domain.MediaAsset;
import th.go.moph.healthliteracy.media.domain.MediaRefusedException;
import th.go.moph.healthliteracy.media.infrastructure.jobs.JobQueue;
import th.go.moph.healthliteracy.platform.web.EditorMessages;

/**
 * The media panel of the item page: upload a picture or video (streamed, never held in this bean), see each asset's
 * renditions being made, record people and consent, add captions.
 */
@Named
@ViewScoped
public class MediaPanelBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MediaUploads uploads;

    @Inject
    MediaCatalog catalog;

    @Inject
    JobQueue jobs;

    @Inject
    ContentQueries queries;

    @Inject
    EditorMessages messages;

    private ItemView item;
    private List<AssetLine> assets = List.of();
    private String captionLanguage = "th";

    /** One asset with its latest job, as the panel shows it. */
    public record AssetLine(UUID id, MediaAsset.Kind kind, String name, MediaAsset.Status status, String failure,
            Integer width, Integer height, Boolean peoplePresent, String consent, String jobState, int progress) {
    }

    /** f:viewAction of the item page. */
    public void open(String itemId) {
        if (itemId == null || itemId.isBlank()) {
            return;
        }
        item = queries.view(UUID.fromString(itemId));
        refresh();
    }

    public void refresh() {
        if (item == null) {
            return;
        }
        assets = catalog.assetsOf(item.id()).stream().map(a -> {
            List<JobQueue.JobState> states = jobs.ofAsset(a.id());
            JobQueue.JobState last = states.isEmpty() ? null : states.get(states.size() - 1);
            return new AssetLine(a.id(), a.kind(), a.originalName(), a.status(), a.failureReason(), a.width(),
                    a.height(), a.peoplePresent(), a.consentReference(), last == null ? "" : last.state(),
                    last == null ? 0 : last.progress());
        }).toList();
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        MediaAsset.Kind kind = item.type().name().equals("VIDEO") ? MediaAsset.Kind.VIDEO : MediaAsset.Kind.IMAGE;
        try (InputStream in = file.getInputStream()) {
            requireWhole(file.getSize());
            uploads.receive(item.id(), kind, file.getFileName(), in);
            messages.info("media.uploaded");
        } catch (IOException | RuntimeException e) {
            messages.refused(e instanceof RuntimeException r ? r : new MediaRefusedException("media.io", e.getMessage()));
        } finally {
            refresh();
        }
    }

    /** The chunks put together must be the whole file the browser announced, or nothing is accepted. */
    private static void requireWhole(long received) {
        String range = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestHeaderMap().get("Content-Range");
        if (range != null && range.contains("/") && !range.endsWith("/" + received)) {
            throw new MediaRefusedException("media.uploadIncomplete",
                    "Only part of the file arrived (" + received + " bytes of " + range.substring(range.indexOf('/') + 1)
                            + "); choose the file again");
        }
    }

    /** Captions for the asset named by the upload component's {@code assetId} attribute. */
    public void uploadCaptions(FileUploadEvent event) {
        UUID assetId = UUID.fromString(String.valueOf(event.getComponent().getAttributes().get("assetId")));
        try (InputStream in = event.getFile().getInputStream()) {
            uploads.addCaptions(assetId, captionLanguage, in.readAllBytes());
            messages.info("media.captionsAdded");
        } catch (IOException | RuntimeException e) {
            messages.refused(e instanceof RuntimeException r ? r : new MediaRefusedException("media.io", e.getMessage()));
        } finally {
            refresh();
        }
    }

    private final java.util.Map<String, String> consents = new java.util.HashMap<>();

    public void recordPeople(AssetLine asset, boolean present) {
        try {
            uploads.recordPeople(asset.id(), present, consents.get(asset.id().toString()));
            messages.info("editor.saved");
        } catch (RuntimeException e) {
            messages.refused(e);
        } finally {
            refresh();
        }
    }

    public boolean isVideo() {
        return item != null && item.type().name().equals("VIDEO");
    }

    public boolean isMediaItem() {
        return item != null && !item.type().name().equals("ARTICLE");
    }

    public long getChunkBytes() { return uploads.chunkBytes(); }
    /** The browser refuses a larger file before sending a byte; the server checks again by kind. */
    public long getSizeLimit() { return uploads.sizeLimit(isVideo() ? MediaAsset.Kind.VIDEO : MediaAsset.Kind.IMAGE); }
    public java.util.Map<String, String> getConsents() { return consents; }
    public List<AssetLine> getAssets() { return assets; }
    public String getCaptionLanguage() { return captionLanguage; }
    public void setCaptionLanguage(String captionLanguage) { this.captionLanguage = captionLanguage; }
}
