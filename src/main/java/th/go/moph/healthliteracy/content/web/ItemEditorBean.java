package th.go.moph.healthliteracy.content.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import th.go.moph.healthliteracy.content.application.ArticleHtml;
import th.go.moph.healthliteracy.content.application.ContentAuthoring;
import th.go.moph.healthliteracy.content.application.ContentQueries;
import th.go.moph.healthliteracy.content.application.ItemView;
import th.go.moph.healthliteracy.content.application.NewItem;
import th.go.moph.healthliteracy.content.application.PreviewLinks;
import th.go.moph.healthliteracy.content.application.RevisionDiff.FieldDiff;
import th.go.moph.healthliteracy.content.domain.EditConflictException;
import th.go.moph.healthliteracy.content.domain.PlainLanguageHints;
import th.go.moph.healthliteracy.platform.web.EditorMessages;

/**
 * The item editor: creates an item or saves a new revision of one, submits it for review, and shows a conflict
 * with what the other editor changed when someone saved first.
 */
@Named
@ViewScoped
public class ItemEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContentAuthoring authoring;

    @Inject
    ContentQueries queries;

    @Inject
    EditorMessages messages;

    @Inject
    PreviewLinks previewLinks;

    private String previewLink;
    private List<th.go.moph.healthliteracy.content.application.ItemRow> translations = List.of();

    private String id;
    private String translationOf;
    private ItemView item;
    private ItemForm form = new ItemForm();
    private int basedOn;
    private List<FieldDiff> conflict;
    private PlainLanguageHints hints;

    /** f:viewAction: loads the item named by {@code id}, or starts a new one. */
    public void load() {
        if (id == null || id.isBlank()) {
            return;
        }
        item = queries.view(UUID.fromString(id));
        translations = queries.translationsOf(item.id());
        form = ItemForm.of(item.current());
        form.setNextReviewDue(item.nextReviewDue());
        basedOn = item.latestRevision();
        conflict = null;
        checkText();
    }

    public void save() throws IOException {
        try {
            if (item == null) {
                UUID created = authoring.create(new NewItem(form.getType(), agency(), form.getLanguage(),
                        form.getSlug(), translationOf == null || translationOf.isBlank() ? null
                                : UUID.fromString(translationOf), form.toDraft()));
                if (form.getNextReviewDue() != null) {
                    authoring.setNextReviewDue(created, form.getNextReviewDue());
                }
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                messages.info("editor.saved");
                redirectTo(created);
                return;
            }
            authoring.save(item.id(), basedOn, form.toDraft(), form.getChangeNote());
            if (form.getNextReviewDue() != null && !form.getNextReviewDue().equals(item.nextReviewDue())) {
                authoring.setNextReviewDue(item.id(), form.getNextReviewDue());
            }
            messages.info("editor.saved");
            reloadKeepingForm();
        } catch (EditConflictException e) {
            conflict = queries.compare(item.id(), e.basedOn(), e.latest());
            messages.refused(e);
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void submitForReview() {
        try {
            authoring.submitForReview(item.id());
            messages.info("editor.submitted");
            load();
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void startReview() {
        try {
            authoring.startReview(item.id(), basedOn);
            load();
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    /** A signed link showing the current revision as a citizen would see it. */
    public void makePreviewLink() {
        try {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            int number = item.workingRevision() != null ? item.workingRevision() : item.latestRevision();
            previewLink = external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                    + external.getRequestServerPort() + external.getRequestContextPath()
                    + previewLinks.create(item.id(), number);
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    /** After a conflict: drop this form and open the latest revision. */
    public void reloadLatest() {
        load();
    }

    public void checkText() {
        String language = item != null ? item.language() : form.getLanguage();
        hints = PlainLanguageHints.of(ArticleHtml.text(form.getBody()) + "\n" + form.getSummary(),
                Locale.forLanguageTag(language == null ? "th" : language));
    }

    private void reloadKeepingForm() {
        item = queries.view(item.id());
        basedOn = item.latestRevision();
        form.setChangeNote(null);
        conflict = null;
        checkText();
    }

    private UUID agency() {
        return form.getAgencyId() == null || form.getAgencyId().isBlank() ? null : UUID.fromString(form.getAgencyId());
    }

    private static void redirectTo(UUID created) throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/editor/item.xhtml?id=" + created);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTranslationOf() { return translationOf; }
    public void setTranslationOf(String translationOf) { this.translationOf = translationOf; }
    public ItemView getItem() { return item; }
    public ItemForm getForm() { return form; }
    public int getBasedOn() { return basedOn; }
    public List<FieldDiff> getConflict() { return conflict; }
    public PlainLanguageHints getHints() { return hints; }
    public String getPreviewLink() { return previewLink; }
    public List<th.go.moph.healthliteracy.content.application.ItemRow> getTranslations() { return translations; }
}
