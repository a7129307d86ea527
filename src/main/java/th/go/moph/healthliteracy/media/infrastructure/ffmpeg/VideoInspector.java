package th.go.moph.healthliteracy.media.infrastructure.ffmpeg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.bramp.ffmpeg.probe.FFmpegProbeResult;
import net.bramp.ffmpeg.probe.FFmpegStream;
import net.bramp.ffmpeg.shared.CodecType;

import th.go.moph.healthliteracy.media.domain.MediaRefusedException;

/**
 * Checks an uploaded video by its content with ffprobe, reading only local files ({@code -protocol_whitelist file})
 * and only MP4/QuickTime and Matroska/WebM containers ({@code -format_whitelist}): a playlist pointing at other files,
 * a picture or anything else is refused. A video needs a video stream and at least one second.
 */
@ApplicationScoped
public class VideoInspector {

    static final String CONTAINERS = "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm";
    private static final Set<String> ACCEPTED = Set.of(CONTAINERS.split(","));

    @Inject
    FfmpegTools tools;

    /** What ffprobe says of an accepted video. */
    public record VideoFacts(int width, int height, double durationSeconds, boolean hasAudio, String videoCodec,
            String container) {
    }

    public VideoFacts inspect(Path file) throws IOException {
        if (Files.size(file) == 0) {
            throw new MediaRefusedException("media.empty", "The file is empty");
        }
        FFmpegProbeResult probe;
        try {
            probe = tools.ffprobe().probe(tools.ffprobe().builder().setInput(file.toString())
                    .setShowFormat(true).setShowStreams(true)
                    .addExtraArgs("-protocol_whitelist", "file", "-format_whitelist", CONTAINERS));
        } catch (IOException | RuntimeException unreadable) {
            throw new MediaRefusedException("media.video.unreadable",
                    "This is not a video the portal can read (MP4, MOV, MKV or WebM)");
        }
        if (probe == null || probe.getFormat() == null || Arrays.stream(probe.getFormat().format_name.split(","))
                .noneMatch(ACCEPTED::contains)) {
            throw new MediaRefusedException("media.video.container", "Only MP4, MOV, MKV and WebM videos are accepted");
        }
        FFmpegStream video = probe.getStreams().stream()
                .filter(s -> s.codec_type == CodecType.VIDEO && (s.disposition == null || !s.disposition.attached_pic))
                .findFirst()
                .orElseThrow(() -> new MediaRefusedException("media.video.noVideo", "The file has no video stream"));
        double duration = probe.getFormat().duration;
        if (!(duration >= 1.0)) {
            throw new MediaRefusedException("media.video.tooShort", "A video must last at least one second");
        }
        boolean audio = probe.getStreams().stream().anyMatch(s -> s.codec_type == CodecType.AUDIO);
        return new VideoFacts(video.width, video.height, duration, audio, video.codec_name, probe.getFormat().format_name);
    }
}
