package th.go.moph.healthliteracy.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The portal's JSON API lives under {@code /api}. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
