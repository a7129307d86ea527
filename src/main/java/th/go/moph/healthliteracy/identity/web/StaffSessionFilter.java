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
 * was deactivated ({@link StaffSessions}): the session is dropped and the page asks to sign in again. An account that
 * must use two-factor sign-in and has not set it up sees only the page where it does.
 */
@WebFilter(urlPatterns = {"/editor/*", "/admin/*"})
public class StaffSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** When this session signed in (set by the sign-in page). */
    static final String SIGNED_IN_AT = "th.go.moph.healthliteracy.signedInAt";
    /** When the session last proved itself again (a password change, which ends the account's other sessions). */
    static final String CONFIRMED_AT = "th.go.moph.healthliteracy.confirmedAt";

    @Inject
    StaffSessions sessions;

    static final String TWO_FACTOR_PAGE = "/editor/two-factor.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            Instant signedInAt = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : Instant.EPOCH;
            UUID accountId = accountId(request);
            StaffSessions.Standing standing = accountId == null ? StaffSessions.Standing.ENDED
                    : sessions.standing(accountId, signedInAt,
                            session.getAttribute(CONFIRMED_AT) instanceof Instant at ? at : null);
            if (standing == StaffSessions.Standing.ENDED) {
                request.logout();
                session.invalidate();
                redirect(request, response, request.getContextPath() + "/signin.xhtml?ended=true");
                return;
            }
            // the path as the container routes it (decoded and normalised), not as the request spelled it
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            if (standing == StaffSessions.Standing.SECOND_FACTOR_MISSING && !path.equals(TWO_FACTOR_PAGE)) {
                redirect(request, response, request.getContextPath() + TWO_FACTOR_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * A redirect the asking page follows: a plain one for a page load or form post; for a Faces Ajax request (a table's
     * paging, an upload, a check of the text), a partial response naming the page, since script does not follow 302s.
     */
    static void redirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.sendRedirect(url);
            return;
        }
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
    }

    private static UUID accountId(HttpServletRequest request) {
        try {
            return UUID.fromString(request.getUserPrincipal().getName());
        } catch (IllegalArgumentException notAnAccount) {
            return null;
        }
    }
}
