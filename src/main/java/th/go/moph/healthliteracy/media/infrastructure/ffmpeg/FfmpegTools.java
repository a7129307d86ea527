package th.go.moph.healthliteracy.media.infrastructure.ffmpeg;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import net.bramp.ffmpeg.FFmpeg;
import net.bramp.ffmpeg.FFprobe;

import th.go.moph.healthliteracy.media.application.MediaToolUnavailableException;

/**
 * The real ffmpeg and ffprobe programs at {@code FFMPEG_PATH} and {@code FFPROBE_PATH} (names on the PATH by
 * default), through ffmpeg-cli-wrapper. Created on first use, so a missing program is a clear error there (and a
 * DOWN health check), not a failed deployment.
 */
@ApplicationScoped
public class FfmpegTools {

    @Inject
    @ConfigProperty(name = "FFMPEG_PATH", defaultValue = "ffmpeg")
    String ffmpegPath;

    @Inject
    @ConfigProperty(name = "FFPROBE_PATH", defaultValue = "ffprobe")
    String ffprobePath;

    private volatile FFmpeg ffmpeg;
    private volatile FFprobe ffprobe;

    public FFmpeg ffmpeg() {
        FFmpeg tool = ffmpeg;
        if (tool == null) {
            try {
                tool = new FFmpeg(ffmpegPath);
                ffmpeg = tool;
            } catch (IOException | RuntimeException e) {
                throw unavailable("ffmpeg", ffmpegPath, e);
            }
        }
        return tool;
    }

    public FFprobe ffprobe() {
        FFprobe tool = ffprobe;
        if (tool == null) {
            try {
                tool = new FFprobe(ffprobePath);
                ffprobe = tool;
            } catch (IOException | RuntimeException e) {
                throw unavailable("ffprobe", ffprobePath, e);
            }
        }
        return tool;
    }

    /** The ffmpeg program as configured, for runs that need their own process handling. */
    public String ffmpegPath() {
        ffmpeg(); // fails clearly when it cannot run
        return ffmpegPath;
    }

    public String ffmpegVersion() {
        try {
            return ffmpeg().version();
        } catch (IOException e) {
            throw unavailable("ffmpeg", ffmpegPath, e);
        }
    }

    public String ffprobeVersion() {
        try {
            return ffprobe().version();
        } catch (IOException e) {
            throw unavailable("ffprobe", ffprobePath, e);
        }
    }

    private static MediaToolUnavailableException unavailable(String tool, String path, Exception cause) {
        return new MediaToolUnavailableException(tool + " cannot be run from '" + path + "' (set "
                + tool.toUpperCase(java.util.Locale.ROOT) + "_PATH or install ffmpeg): " + cause.getMessage(), cause);
    }
}
