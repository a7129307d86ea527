package th.go.moph.healthliteracy.publishing.web;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import th.go.moph.healthliteracy.platform.web.EditorMessages;
import th.go.moph.healthliteracy.publishing.application.ProblemReports;

/** The dashboard's list of problems citizens reported on the pages of the editor's agencies. */
@Named
@RequestScoped
public class ProblemReportsBean {

    @Inject
    ProblemReports reports;

    @Inject
    EditorMessages messages;

    private List<ProblemReports.Report> open;

    public List<ProblemReports.Report> getOpen() {
        if (open == null) {
            open = reports.open(20);
        }
        return open;
    }

    public void resolve(UUID id) {
        try {
            reports.resolve(id);
            open = null;
            messages.info("reports.resolved");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }
}
