package th.go.moph.healthliteracy.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import th.go.moph.healthliteracy.platform.web.EditorMessages;
import th.go.moph.healthliteracy.search.application.SearchAdministration;

/** The search status screen for system administrators: index lag, live indices, rebuilds. */
@Named
@RequestScoped
public class SearchAdminBean {

    @Inject
    SearchAdministration administration;

    @Inject
    EditorMessages messages;

    private SearchAdministration.Status status;
    private boolean refused;

    /** The status, or null (with the refusal shown) for an account that may not administer the portal. */
    public SearchAdministration.Status getStatus() {
        if (status == null && !refused) {
            try {
                status = administration.status();
            } catch (RuntimeException e) {
                refused = true;
                messages.refused(e);
            }
        }
        return status;
    }

    public void rebuild() {
        try {
            administration.requestRebuild();
            messages.info("search.rebuildStarted");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }
}
