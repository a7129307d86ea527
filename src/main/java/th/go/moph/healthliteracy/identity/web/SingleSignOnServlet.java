package th.go.moph.healthliteracy.identity.web;

import java.io.IOException;
import java.time.Clock;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import th.go.moph.healthliteracy.identity.application.AccountAuthentication;
import th.go.moph.healthliteracy.identity.infrastructure.oidc.OpenIdConnectProvider;
import th.go.moph.healthliteracy.identity.infrastructure.oidc.OpenIdConnectProvider.Pending;
import th.go.moph.healthliteracy.identity.infrastructure.oidc.OpenIdConnectProvider.SignOnFailed;

/**
 * Single sign-on's two ends: {@code /signin/sso} sends the browser to the organisation's provider, and
 * {@code /signin/sso/callback} takes it back — the provider vouches for the username in place of the password, and
 * the sign-in goes on as the sign-in page's does (the second factor if the account has one, then a ticket). Answers
 * 404 while single sign-on is off.
 */
@WebServlet(urlPatterns = {"/signin/sso", "/signin/sso/callback"})
public class SingleSignOnServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SingleSignOnServlet.class.getName());
    private static final String PENDING_SSO = "th.go.moph.healthliteracy.pendingSingleSignOn";
    static final String PENDING_LINK = "th.go.moph.healthliteracy.pendingSingleSignOnLink";

    /** A person the provider vouched for, not yet linked to an account: linked by the next password sign-in here. */
    record PendingLink(OpenIdConnectProvider.Identity identity, java.time.Instant since) implements java.io.Serializable {
    }

    @Inject
    OpenIdConnectProvider provider;

    @Inject
    AccountAuthentication authentication;

    @Inject
    SecurityContext securityContext;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!provider.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        try {
            if (request.getServletPath().endsWith("/callback")) {
                callback(request, response);
            } else {
                OpenIdConnectProvider.Authorization authorization = provider.begin();
                request.getSession(true).setAttribute(PENDING_SSO, authorization.pending());
                response.sendRedirect(authorization.redirect().toString());
            }
        } catch (SignOnFailed failed) {
            LOG.warning(() -> "Single sign-on failed: " + failed.getMessage());
            response.sendRedirect(request.getContextPath() + "/signin.xhtml?sso=failed");
        }
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException, SignOnFailed {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING_SSO);
        if (session != null) {
            session.removeAttribute(PENDING_SSO); // one answer per start: a replayed callback finds nothing
        }
        OpenIdConnectProvider.Identity identity = provider.complete(pending, request.getQueryString());
        java.util.Optional<AccountAuthentication.PasswordCheck> linked = authentication.checkSingleSignOn(
                identity.issuer(), identity.subject());
        if (linked.isEmpty()) { // the first time: the person proves the portal account's password once, to link it
            request.getSession().setAttribute(PENDING_LINK, new PendingLink(identity, clock.instant()));
            response.sendRedirect(request.getContextPath() + "/signin.xhtml?sso=link");
            return;
        }
        AccountAuthentication.PasswordCheck check = linked.get();
        String username = identity.username();
        if (!check.accepted()) {
            response.sendRedirect(request.getContextPath() + "/signin.xhtml?sso=refused");
        } else if (check.secondFactor()) {
            request.getSession().setAttribute(SignInBean.PENDING,
                    new SignInBean.Pending(check.accountId(), username, clock.instant()));
            response.sendRedirect(request.getContextPath() + "/signin.xhtml");
        } else {
            AuthenticationStatus status = SignInCompletion.complete(securityContext, request, response,
                    authentication.ticket(check.accountId()), clock.instant());
            if (status == AuthenticationStatus.SUCCESS) {
                response.sendRedirect(request.getContextPath() + "/editor/");
            } else if (status != AuthenticationStatus.SEND_CONTINUE) { // (the mechanism has redirected)
                response.sendRedirect(request.getContextPath() + "/signin.xhtml?sso=refused");
            }
        }
    }
}
