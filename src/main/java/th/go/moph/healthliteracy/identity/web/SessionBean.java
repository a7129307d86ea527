package th.go.moph.healthliteracy.identity.web;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import th.go.moph.healthliteracy.identity.application.AccountAuthentication;
import th.go.moph.healthliteracy.identity.application.AccountDirectory;
import th.go.moph.healthliteracy.identity.application.AccountSummary;
import th.go.moph.healthliteracy.identity.application.StaffSessions;

/** Who is signed in, for the editor's header, and signing out. */
@Named("editorSession")
@RequestScoped
public class SessionBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountDirectory directory;

    @Inject
    AccountAuthentication authentication;

    @Inject
    FacesContext faces;

    @Inject
    StaffSessions sessions;

    private Optional<AccountSummary> account;

    /** The signed-in account, or {@code null} for EL when nobody is signed in. */
    public AccountSummary getAccount() {
        if (account == null) { // looked up once per request
            account = Optional.ofNullable(securityContext.getCallerPrincipal())
                    .map(p -> UUID.fromString(p.getName()))
                    .flatMap(directory::summary);
        }
        return account.orElse(null);
    }

    /** Ends every session of this account, on every instance, then this one. */
    public void signOutEverywhere() throws IOException, ServletException {
        sessions.signOutEverywhere();
        signOut();
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AccountSummary signedIn = getAccount();
        if (signedIn != null) {
            authentication.signedOut(signedIn.id());
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/signin.xhtml?signedOut=true");
    }
}
