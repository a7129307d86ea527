package th.go.moph.healthliteracy.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.annotation.WebListener;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.EnumSet;

/**
 * The editor's session cookie: HttpOnly, and Secure whenever the portal's public address is https (SameSite=Lax is
 * set in {@code glassfish-web.xml}, the only place Payara honours it).
 * Sessions travel in the cookie only, never in URLs.
 */
@WebListener
public class SessionCookiePolicy implements ServletContextListener {

    public static final String COOKIE_NAME = "PORTAL_SESSION";

    @Inject
    @ConfigProperty(name = "PUBLIC_BASE_URL")
    String publicBaseUrl;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName(COOKIE_NAME);
        cookie.setHttpOnly(true);
        cookie.setSecure(publicBaseUrl.startsWith("https:"));
    }
}
