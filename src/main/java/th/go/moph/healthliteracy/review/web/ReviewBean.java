package th.go.moph.healthliteracy.review.web;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import th.go.moph.healthliteracy.content.application.ContentQueries;
import th.go.moph.healthliteracy.content.application.ItemView;
import th.go.moph.healthliteracy.content.application.RevisionDiff.FieldDiff;
import th.go.moph.healthliteracy.platform.web.EditorMessages;
import th.go.moph.healthliteracy.review.application.ReviewDecisions;

/**
 * The review screen: what changed since the last approved revision, and approve or send back in one place. The
 * decision names the revision shown, so a revision replaced meanwhile is never approved unseen.
 */
@Named
@ViewScoped
public class ReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContentQueries queries;

    @Inject
    ReviewDecisions decisions;

    @Inject
    EditorMessages messages;

    private String id;
    private ItemView item;
    private int baseline;
    private int shown;
    private List<FieldDiff> changes;
    private String note;

    public void load() {
        item = queries.view(UUID.fromString(id));
        shown = item.workingRevision() == null ? item.latestRevision() : item.workingRevision();
        baseline = queries.baselineForReview(item.id());
        changes = queries.compare(item.id(), baseline, shown);
    }

    public void approve() {
        try {
            decisions.approve(item.id(), shown, note);
            messages.info("review.approved");
            note = null;
            load();
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void requestChanges() {
        try {
            decisions.requestChanges(item.id(), shown, note);
            messages.info("review.sentBack");
            note = null;
            load();
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ItemView getItem() { return item; }
    public int getBaseline() { return baseline; }
    public int getShown() { return shown; }
    public List<FieldDiff> getChanges() { return changes; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
