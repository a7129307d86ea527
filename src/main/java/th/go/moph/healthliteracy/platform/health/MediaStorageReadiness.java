package th.go.moph.healthliteracy.platform.health;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import th.go.moph.healthliteracy.media.application.MediaStore;

/** UP when the media storage accepts a write. */
@Readiness
@ApplicationScoped
public class MediaStorageReadiness implements HealthCheck {

    @Inject
    MediaStore storage;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("media-storage").withData("location", storage.description());
        try {
            storage.checkWritable();
            return response.up().build();
        } catch (IOException | RuntimeException e) {
            return response.down().withData("reason", "media storage is not writable: " + e.getMessage()).build();
        }
    }
}
