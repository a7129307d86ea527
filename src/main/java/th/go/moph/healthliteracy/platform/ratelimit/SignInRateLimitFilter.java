package th.go.moph.healthliteracy.platform.ratelimit;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-in attempts per calling address and instance ({@code SIGN_IN_RATE_LIMIT_PER_MINUTE}): posts of the sign-in
 * page and the single sign-on ends. The database-kept throttle decides about passwords across instances; this limit
 * keeps a flood from reaching it at all. Opening the page is not counted; anything Faces would take as the form's
 * post is.
 */
@WebFilter(urlPatterns = {"/signin.xhtml", "/signin/sso", "/signin/sso/callback"})
public class SignInRateLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicRateLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Faces takes any request carrying a view state as a form's post, whatever its method
        boolean attempt = !request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")
                || request.getParameter("jakarta.faces.ViewState") != null
                || request.getServletPath().startsWith("/signin/");
        if (attempt) {
            TokenBuckets.Decision decision = limits.takeSignIn(request);
            if (!decision.allowed()) {
                PublicRateLimits.refuse(response, decision);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
