package th.go.moph.healthliteracy.platform;

import java.util.Map;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The portal's JSON API lives under {@code /api}. Its public part is described by {@code META-INF/openapi.yaml}, served
 * at {@code /openapi} (MicroProfile OpenAPI, scanning off: the contract is written, not guessed from the code).
 */
@ApplicationPath("/api")
public class RestApplication extends Application {

    /**
     * Answers of up to 32 KB (a page of search results is about 22 KB) are sent whole, with their length, in one write
     * rather than as 8 KB chunks; Jersey sets aside that much for every answer, so it is not larger. No resource
     * validates its parameters with Bean Validation (each parses its own and answers a problem), so Jersey does not
     * look for constraints on every call.
     */
    private static final Map<String, Object> PROPERTIES = Map.of(
            "jersey.config.server.contentLength.buffer", 32 * 1024,
            "jersey.config.beanValidation.disable.server", true);

    @Override
    public Map<String, Object> getProperties() {
        return PROPERTIES;
    }
}
