package th.go.moph.healthliteracy.content.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import th.go.moph.healthliteracy.content.application.ContentAuthoring;
import th.go.moph.healthliteracy.content.application.ContentQueries;
import th.go.moph.healthliteracy.content.application.ItemView;
import th.go.moph.healthliteracy.content.application.RevisionDiff.FieldDiff;
import th.go.moph.healthliteracy.identity.application.AccountDirectory;
import th.go.moph.healthliteracy.platform.web.EditorMessages;

/** An item's revisions: who saved what when, a side-by-side comparison of any two, and restore. */
@Named
@ViewScoped
public class HistoryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContentQueries queries;

    @Inject
    ContentAuthoring authoring;

    @Inject
    AccountDirectory directory;

    @Inject
    EditorMessages messages;

    private String id;
    private ItemView item;
    private Map<UUID, String> names;
    private int left;
    private int right;
    private List<FieldDiff> changes;

    public void load() {
        item = queries.view(UUID.fromString(id));
        names = directory.displayNames(item.revisions().stream()
                .flatMap(r -> java.util.stream.Stream.of(r.authorId(), r.signedOffBy())).toList());
        if (left == 0) {
            right = item.latestRevision();
            left = Math.max(1, right - 1);
        }
        compare();
    }

    public void compare() {
        changes = queries.compare(item.id(), left, right);
    }

    public void restore(int number) {
        try {
            authoring.restore(item.id(), number, item.latestRevision());
            messages.info("history.restored");
            left = 0;
            load();
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public String name(UUID account) {
        if (account != null && account.equals(th.go.moph.healthliteracy.content.importing.PortalImports.PORTAL_IMPORT_ID)) {
            return messages.text("history.portalImport", "the portal's import");
        }
        return account == null ? "" : names.getOrDefault(account, account.toString());
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ItemView getItem() { return item; }
    public int getLeft() { return left; }
    public void setLeft(int left) { this.left = left; }
    public int getRight() { return right; }
    public void setRight(int right) { this.right = right; }
    public List<FieldDiff> getChanges() { return changes; }
}
