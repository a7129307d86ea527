package th.go.moph.healthliteracy.publishing.web;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import th.go.moph.healthliteracy.content.application.ContentQueries;
import th.go.moph.healthliteracy.content.application.ItemView;
import th.go.moph.healthliteracy.content.domain.ContentItem;
import th.go.moph.healthliteracy.platform.web.EditorMessages;
import th.go.moph.healthliteracy.publishing.application.PublicationDesk;

/** The publisher's panel of the item page: publish now or on schedule, withdraw with a reason, archive. */
@Named
@ViewScoped
public class PublicationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicationDesk desk;

    @Inject
    ContentQueries queries;

    @Inject
    EditorMessages messages;

    private String id;
    private ItemView item;
    private LocalDateTime publishAt;
    private LocalDateTime unpublishAt;
    private String withdrawReason;

    /** f:viewAction of the item page, with the item's id. */
    public void open(String itemId) {
        if (itemId == null || itemId.isBlank()) {
            return;
        }
        id = itemId;
        load();
    }

    private void load() {
        item = queries.view(UUID.fromString(id));
        publishAt = local(item.publishAt());
        unpublishAt = local(item.unpublishAt());
    }

    public void publish() {
        act(() -> desk.publish(item.id()), "publish.done");
    }

    public void saveSchedule() {
        act(() -> desk.schedule(item.id(), instant(publishAt), instant(unpublishAt)), "publish.scheduleSaved");
    }

    public void withdraw() {
        act(() -> desk.withdraw(item.id(), withdrawReason), "publish.withdrawn");
    }

    public void archive() {
        act(() -> desk.archive(item.id()), "publish.archived");
    }

    /** Runs a publisher's action; on success, reloads the whole item page (post-redirect-get) with the message. */
    private void act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (RuntimeException e) {
            messages.refused(e);
            return;
        }
        messages.info(doneKey);
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + "/editor/item.xhtml?id=" + id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ContentItem.PORTAL_ZONE);
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ContentItem.PORTAL_ZONE).toInstant();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ItemView getItem() { return item; }
    public LocalDateTime getPublishAt() { return publishAt; }
    public void setPublishAt(LocalDateTime publishAt) { this.publishAt = publishAt; }
    public LocalDateTime getUnpublishAt() { return unpublishAt; }
    public void setUnpublishAt(LocalDateTime unpublishAt) { this.unpublishAt = unpublishAt; }
    public String getWithdrawReason() { return withdrawReason; }
    public void setWithdrawReason(String withdrawReason) { this.withdrawReason = withdrawReason; }
}
