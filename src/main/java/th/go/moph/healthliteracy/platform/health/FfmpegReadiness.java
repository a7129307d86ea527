package th.go.moph.healthliteracy.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import th.go.moph.healthliteracy.media.application.MediaToolUnavailableException;
import th.go.moph.healthliteracy.media.infrastructure.ffmpeg.FfmpegTools;

/** UP when ffmpeg and ffprobe run; reports their version. */
@Readiness
@ApplicationScoped
public class FfmpegReadiness implements HealthCheck {

    @Inject
    FfmpegTools tools;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("ffmpeg");
        try {
            return response.up().withData("ffmpeg", tools.ffmpegVersion())
                    .withData("ffprobe", tools.ffprobeVersion()).build();
        } catch (MediaToolUnavailableException e) {
            return response.down().withData("reason", e.getMessage()).build();
        }
    }
}
