package th.go.moph.healthliteracy.identity.web;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import th.go.moph.healthliteracy.identity.application.StaffSessions;

/**
 * Ends a staff session at its next request when it outlived its absolute limit, its account signed out everywhere or
 * was deactivated ({@link StaffSessions}): the session is dropped and the page asks to sign in again.
 */
@WebFilter(urlPatterns = {"/editor/*", "/admin/*"})
public class StaffSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** When this session signed in (set by the sign-in page). */
    static final String SIGNED_IN_AT = "th.go.moph.healthliteracy.signedInAt";

    @Inject
    StaffSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            Instant signedInAt = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : Instant.EPOCH;
            UUID accountId = accountId(request);
            if (accountId == null || !sessions.mayContinue(accountId, signedInAt)) {
                request.logout();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/signin.xhtml?ended=true");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static UUID accountId(HttpServletRequest request) {
        try {
            return UUID.fromString(request.getUserPrincipal().getName());
        } catch (IllegalArgumentException notAnAccount) {
            return null;
        }
    }
}
