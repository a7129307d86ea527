package th.go.moph.healthliteracy.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import net.bramp.ffmpeg.builder.FFmpegBuilder;
import net.bramp.ffmpeg.probe.FFmpegProbeResult;
import net.bramp.ffmpeg.probe.FFmpegStream;
import net.bramp.ffmpeg.shared.CodecType;

import th.go.moph.healthliteracy.media.infrastructure.ffmpeg.FfmpegTools;
import th.go.moph.healthliteracy.media.application.MediaWorkArea;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/** The real ffmpeg and ffprobe through the wrapper, from inside the portal. */
@ExtendWith(ArquillianExtension.class)
class FfmpegIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    FfmpegTools tools;

    @Inject
    MediaWorkArea workArea;

    @Test
    void makesATwoSecondClipAndReadsItBack() throws Exception {
        Path clip = Files.createTempDirectory(workArea.root(), "ffmpeg-it-").resolve("clip.mp4");
        FFmpegBuilder builder = new FFmpegBuilder()
                .addInput("testsrc2=size=320x240:rate=25").setFormat("lavfi").done()
                .addInput("sine=frequency=440:sample_rate=44100").setFormat("lavfi").done()
                .overrideOutputFiles(true)
                .addOutput(clip.toString())
                    .setDuration(2, java.util.concurrent.TimeUnit.SECONDS)
                    .setVideoCodec("libx264")
                    .setAudioCodec("aac")
                    .addExtraArgs("-pix_fmt", "yuv420p")
                    .done();
        tools.ffmpeg().run(builder);

        FFmpegProbeResult probe = tools.ffprobe().probe(clip.toString());
        assertEquals(2.0, probe.getFormat().duration, 0.1);
        FFmpegStream video = probe.getStreams().stream()
                .filter(s -> s.codec_type == CodecType.VIDEO).findFirst().orElseThrow();
        assertEquals("h264", video.codec_name);
        assertEquals(320, video.width);
        assertEquals(240, video.height);
        assertTrue(probe.getStreams().stream().anyMatch(s -> s.codec_type == CodecType.AUDIO));
    }
}
