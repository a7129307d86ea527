package th.go.moph.healthliteracy.identity.web;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.omnifaces.util.Messages;

import th.go.moph.healthliteracy.identity.application.AccountAuthentication;

/** The sign-in form. */
@Named
@RequestScoped
public class SignInBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    AccountAuthentication authentication;

    @Inject
    Clock clock;

    @NotBlank
    @Size(max = 64)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> {
                if (securityContext.getCallerPrincipal() != null) {
                    request.changeSessionId(); // signed in: no session fixation on the way back either
                    request.getSession().setAttribute(StaffSessionFilter.SIGNED_IN_AT, clock.instant());
                }
                faces.responseComplete(); // the mechanism redirects to the page first asked for
            }
            case SUCCESS -> {
                request.changeSessionId(); // no session fixation
                request.getSession().setAttribute(StaffSessionFilter.SIGNED_IN_AT, clock.instant());
                external.redirect(external.getRequestContextPath() + "/editor/");
            }
            default -> {
                ResourceBundle text = faces.getApplication().getResourceBundle(faces, "text");
                Messages.addGlobal(FacesMessage.SEVERITY_ERROR, authentication.blockedUntil(username)
                        .map(until -> MessageFormat.format(text.getString("signin.blocked"),
                                Math.max(1, Duration.between(clock.instant(), until).toSeconds())))
                        .orElse(text.getString("signin.failed")));
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
