package th.go.moph.healthliteracy.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Remembers a reader's explicit language choice ({@code ?lang=th|en}) for a year; a preference, not tracking. */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageCookieFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // a language choice is a link (?lang=en), never a file upload: uploads' bodies are left to those who read them
        String choice = "GET".equals(request.getMethod()) ? request.getParameter(LanguagePreference.COOKIE) : null;
        LanguagePreference.supported(choice).ifPresent(language -> {
            Cookie cookie = new Cookie(LanguagePreference.COOKIE, language);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        });
        chain.doFilter(request, response);
    }
}
