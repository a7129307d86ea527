package th.go.moph.healthliteracy.publishing.web;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import org.primefaces.csp.CspState;

/**
 * Marks the citizen site's views stateless as soon as they exist, before anything renders: nothing may then keep
 * state for them — not a view map, and so never a session. The pages say {@code transient} themselves too, but only
 * once they are built. And it keeps PrimeFaces' script policy (the staff pages' Content-Security-Policy, nonce-based)
 * and its nonce script off the site, whose own policy allows no inline script at all ({@code PublicPageFilter} also
 * drops the nonce attributes, which would change every page's bytes, and so its ETag, for nothing).
 */
public class StatelessSiteViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        var root = event.getFacesContext().getViewRoot();
        if (root != null && root.getViewId() != null && root.getViewId().startsWith("/site/")) {
            root.setTransient(true);
            CspState done = new CspState(event.getFacesContext());
            done.setInitialized(true); // PrimeFaces then adds neither its policy header nor its nonce script
            event.getFacesContext().getAttributes().put(CspState.class.getName(), done);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
