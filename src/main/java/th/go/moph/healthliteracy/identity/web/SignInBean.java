package th.go.moph.healthliteracy.identity.web;

import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ResourceBundle;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.Size;

import org.omnifaces.util.Messages;

import th.go.moph.healthliteracy.identity.application.AccountAuthentication;
import th.go.moph.healthliteracy.identity.infrastructure.oidc.OpenIdConnectProvider;

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

    @Inject
    OpenIdConnectProvider singleSignOn;

    @Size(max = 64)
    private String username;

    @Size(max = 200)
    private String password;

    /** Step one: the username and password. Right, and no second factor: signed in; else the code is asked for. */
    public void signIn() throws IOException {
        AccountAuthentication.PasswordCheck check = authentication.checkPassword(username, password.toCharArray());
        if (!check.accepted()) {
            refused();
        } else if (check.secondFactor()) {
            session().setAttribute(PENDING, new Pending(check.accountId(), username, clock.instant()));
        } else {
            linkSingleSignOn(check.accountId());
            complete(authentication.ticket(check.accountId()));
        }
    }

    /** Step two, for an account with a second factor: the authenticator's code, or a recovery code. */
    public void verifyCode() throws IOException {
        Pending pending = pending();
        if (pending == null) {
            Messages.addGlobal(FacesMessage.SEVERITY_ERROR, text().getString("signin.codeExpired"));
            return;
        }
        var step = authentication.secondFactor(pending.accountId(), pending.username(), code, pending.since());
        if (step.ended()) {
            session().removeAttribute(PENDING); // the account's sessions were ended meanwhile: from the password again
            Messages.addGlobal(FacesMessage.SEVERITY_ERROR, text().getString("signin.codeExpired"));
            return;
        }
        if (step.ticket() == null) {
            username = pending.username();
            refused();
            return;
        }
        session().removeAttribute(PENDING);
        linkSingleSignOn(pending.accountId());
        complete(step.ticket());
    }

    /** Whether the password was right and the second factor is awaited (for five minutes at most). */
    public boolean isAwaitingCode() {
        return pending() != null;
    }

    /**
     * After the provider vouched for a person no account is linked to, this browser's next sign-in with a password
     * (and second factor) links them: proof that the person holds both.
     */
    private void linkSingleSignOn(UUID accountId) {
        HttpSession session = session();
        if (session.getAttribute(SingleSignOnServlet.PENDING_LINK) instanceof SingleSignOnServlet.PendingLink link) {
            session.removeAttribute(SingleSignOnServlet.PENDING_LINK);
            if (link.since().plus(Duration.ofMinutes(10)).isAfter(clock.instant())) {
                authentication.linkSingleSignOn(accountId, link.identity().issuer(), link.identity().subject());
            }
        }
    }

    /** The provider's name for the person whose link awaits a password sign-in, or null. */
    public String getLinking() {
        HttpSession session = ((HttpServletRequest) faces.getExternalContext().getRequest()).getSession(false);
        return session != null && session.getAttribute(SingleSignOnServlet.PENDING_LINK)
                instanceof SingleSignOnServlet.PendingLink link ? link.identity().username() : null;
    }

    /** Whether the organisation's single sign-on is offered beside the password. */
    public boolean isSingleSignOn() {
        return singleSignOn.enabled();
    }

    public String getSingleSignOnName() {
        return singleSignOn.providerName();
    }

    public void startAgain() {
        session().removeAttribute(PENDING);
    }

    private Pending pending() {
        HttpSession session = ((HttpServletRequest) faces.getExternalContext().getRequest()).getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        return pending != null && pending.since().plus(Duration.ofMinutes(5)).isAfter(clock.instant()) ? pending : null;
    }

    private void complete(String ticket) throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = SignInCompletion.complete(securityContext, request,
                (HttpServletResponse) external.getResponse(), ticket, clock.instant());
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete(); // the mechanism redirects to the page first asked for
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/editor/");
            default -> refused();
        }
    }

    private void refused() {
        ResourceBundle text = text();
        Messages.addGlobal(FacesMessage.SEVERITY_ERROR, authentication.blockedUntil(username)
                .map(until -> MessageFormat.format(text.getString("signin.blocked"),
                        Math.max(1, Duration.between(clock.instant(), until).toSeconds())))
                .orElse(text.getString(isAwaitingCode() ? "signin.codeFailed" : "signin.failed")));
    }

    private ResourceBundle text() {
        return faces.getApplication().getResourceBundle(faces, "text");
    }

    private HttpSession session() {
        return ((HttpServletRequest) faces.getExternalContext().getRequest()).getSession(true);
    }

    /** A sign-in whose password was right, waiting for its second factor. */
    record Pending(UUID accountId, String username, Instant since) implements Serializable {
    }

    static final String PENDING = "th.go.moph.healthliteracy.pendingSignIn";

    @Size(max = 40)
    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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
