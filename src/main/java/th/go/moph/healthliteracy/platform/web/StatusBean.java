package th.go.moph.healthliteracy.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import th.go.moph.healthliteracy.platform.status.SystemStatus;

/** The system-status page: every context's section, for system administrators only. */
@Named
@RequestScoped
public class StatusBean {

    @Inject
    SystemStatus status;

    @Inject
    FacesContext faces;

    private List<SystemStatus.Section> sections = List.of();

    public void load() throws IOException {
        if (!faces.getExternalContext().isUserInRole("system-admin")) {
            faces.getExternalContext().responseSendError(403, "The system status is for system administrators");
            faces.responseComplete();
            return;
        }
        sections = status.now();
    }

    public List<SystemStatus.Section> getSections() {
        return sections;
    }
}
