package th.go.moph.healthliteracy.platform.health;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import th.go.moph.healthliteracy.media.application.MediaStore;

/**
 * UP when the media storage accepts a write. The write probe runs at most every five minutes (a failure is tried
 * again after 15 seconds): probes come every few seconds from every load balancer, and in a versioned bucket each
 * probe object leaves a version behind.
 */
@Readiness
@ApplicationScoped
public class MediaStorageReadiness implements HealthCheck {

    @Inject
    MediaStore storage;

    private static final long WRITABLE_FOR_NANOS = 300_000_000_000L;
    private static final long FAILED_FOR_NANOS = 15_000_000_000L;

    private record Probe(long at, String failure) {
    }

    private volatile Probe last;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("media-storage").withData("location", storage.description());
        Probe probe = last;
        long now = System.nanoTime();
        if (probe == null || now - probe.at() > (probe.failure() == null ? WRITABLE_FOR_NANOS : FAILED_FOR_NANOS)) {
            String failure = null;
            try {
                storage.checkWritable();
            } catch (IOException | RuntimeException e) {
                failure = e.getMessage();
            }
            probe = new Probe(now, failure);
            last = probe;
        }
        return probe.failure() == null ? response.up().build()
                : response.down().withData("reason", "media storage is not writable: " + probe.failure()).build();
    }
}
