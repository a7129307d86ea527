package th.go.moph.healthliteracy.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The portal's JSON API lives under {@code /api}. Its public part is described by {@code META-INF/openapi.yaml}, served
 * at {@code /openapi} (MicroProfile OpenAPI, scanning off: the contract is written, not guessed from the code).
 */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
