package th.go.moph.healthliteracy.platform.web;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import th.go.moph.healthliteracy.platform.AccessRefused;

/**
 * The headers every answer carries: no content-type sniffing, no framing by another site, a referrer that never
 * leaves the portal with a path, and — when the portal is served over https — HSTS. Staff pages, the sign-in page and
 * the APIs also get a Content-Security-Policy for everything but scripts (no plugins, no foreign forms or base URL,
 * no framing); PrimeFaces adds the nonce-based {@code script-src} ({@code primefaces.CSP} in web.xml). The citizen
 * site sets its own, stricter policy ({@code PublicPageFilter}). A post whose view state this session does not hold —
 * an expired page, or a forged cross-site request — does nothing and is sent back to the page afresh; one without its
 * page's script nonce is refused with 403; a page an application service refuses answers 403.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Everything but scripts, which PrimeFaces' own policy (nonce-based) governs: both must allow what loads. */
    static final String STAFF_POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final Set<String> SITE_PREFIXES = Set.of("/th/", "/en/", "/site/", "/theme-assets/", "/media/");

    @Inject
    @ConfigProperty(name = "PUBLIC_BASE_URL")
    String publicBaseUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (request.isSecure() || publicBaseUrl.startsWith("https://")) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SITE_PREFIXES.stream().noneMatch(path::startsWith) && !path.equals("/") && !path.startsWith("/feed.")) {
            response.setHeader("Content-Security-Policy", STAFF_POLICY);
        }
        if (path.startsWith("/editor/") || path.startsWith("/admin/") || path.startsWith("/signin")) {
            response.setHeader("Cache-Control", "no-store"); // secrets, codes and drafts never stay in a cache
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            Optional<Throwable> refusal = refusal(e);
            if (refusal.isPresent()) { // an application service said no: the page answers 403, not a server error
                Problem.of(403, "Not allowed", refusal.get().getMessage()).write(response);
            } else if (cause(e, VIEW_EXPIRED).isPresent()) {
                // the page's state is gone (an old tab, a lapsed session, a restart): the page again, afresh — whatever
                // the post asked for was not done, as a forged post without a valid state never is
                response.sendRedirect(request.getRequestURI() + "?expired=true");
            } else if (cause(e, NONCE_MISSING).isPresent()) {
                // a post that carries a page's state but not that page's script nonce
                Problem.of(403, "Form not accepted", "This form was not sent from the portal's own page; reload the"
                        + " page and try again").write(response);
            } else {
                throw e;
            }
        }
    }

    /** The failure or one of its causes that refuses the caller for want of a right. */
    static Optional<Throwable> refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AccessRefused) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static final String VIEW_EXPIRED = "jakarta.faces.application.ViewExpiredException";
    private static final String NONCE_MISSING = "org.primefaces.csp.CspException";

    /** The failure itself or one of its causes, when it is of the class named. */
    static Optional<Throwable> cause(Throwable failure, String className) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getName().equals(className)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
