package th.go.moph.healthliteracy.identity.web;

import java.time.Instant;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import th.go.moph.healthliteracy.identity.infrastructure.security.SignInTicket;

/**
 * The last step of every way in (the sign-in page, its second step, single sign-on): the one-time ticket of a sign-in
 * whose checks all passed goes to the authentication mechanism; signed in, the session gets a new id (no session
 * fixation) and the moment it signed in (for its absolute timeout).
 */
final class SignInCompletion {

    private SignInCompletion() {
    }

    /** {@code SEND_CONTINUE}: the mechanism has already redirected to the page first asked for. */
    static AuthenticationStatus complete(SecurityContext securityContext, HttpServletRequest request,
            HttpServletResponse response, String ticket, Instant now) {
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().credential(new SignInTicket(ticket)).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS
                || status == AuthenticationStatus.SEND_CONTINUE && securityContext.getCallerPrincipal() != null) {
            request.changeSessionId();
            request.getSession().setAttribute(StaffSessionFilter.SIGNED_IN_AT, now);
        }
        return status;
    }
}
