package th.go.moph.healthliteracy.platform.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /.well-known/security.txt} (RFC 9116): where to report a vulnerability — {@code SECURITY_CONTACT}, a
 * {@code mailto:} or {@code https:} address — with an expiry a year ahead and the languages reports are read in. Not
 * configured: 404, rather than a contact nobody reads.
 */
@WebServlet("/.well-known/security.txt")
public class SecurityTxtServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "SECURITY_CONTACT")
    Optional<String> contact;

    @Inject
    @ConfigProperty(name = "PUBLIC_BASE_URL")
    String publicBaseUrl;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String address = contact.map(String::strip).orElse("");
        if (!address.startsWith("mailto:") && !address.startsWith("https://")) {
            response.sendError(404);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=86400");
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/";
        response.getWriter().write("Contact: " + address + "\n"
                + "Expires: " + clock.instant().plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS) + "\n"
                + "Preferred-Languages: th, en\n"
                + "Canonical: " + base + ".well-known/security.txt\n"
                + "Policy: " + base + "en/privacy\n");
    }
}
