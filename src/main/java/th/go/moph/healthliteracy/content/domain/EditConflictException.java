package th.go.moph.healthliteracy.content.domain;

/**
 * Someone else saved the item after this editor opened it: nothing was overwritten. Carries the revision the editor
 * started from and the one saved since, so the editor can see what changed.
 */
public class EditConflictException extends WorkflowException {

    private static final long serialVersionUID = 1L;
    private final int basedOn;
    private final int latest;

    public EditConflictException(int basedOn, int latest) {
        super("edit.conflict", "This item was saved by someone else (revision " + latest + ") after you opened "
                + "revision " + basedOn + "; your changes were not saved. Compare the two, then edit the latest.");
        this.basedOn = basedOn;
        this.latest = latest;
    }

    public int basedOn() {
        return basedOn;
    }

    public int latest() {
        return latest;
    }
}
