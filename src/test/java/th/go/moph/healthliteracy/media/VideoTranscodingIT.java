package th.go.moph.healthliteracy.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

import th.go.moph.healthliteracy.media.domain.MediaRefusedException;
import th.go.moph.healthliteracy.media.infrastructure.ffmpeg.FfmpegRun;
import th.go.moph.healthliteracy.media.infrastructure.ffmpeg.FfmpegTools;
import th.go.moph.healthliteracy.media.infrastructure.ffmpeg.VideoInspector;
import th.go.moph.healthliteracy.media.infrastructure.ffmpeg.VideoInspector.VideoFacts;
import th.go.moph.healthliteracy.media.infrastructure.ffmpeg.VideoTranscoder;
import th.go.moph.healthliteracy.media.application.MediaWorkArea;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/** The real ffmpeg on clips the test makes (lavfi): the HLS ladder, captions, poster, MP4; hostile files refused. */
@ExtendWith(ArquillianExtension.class)
class VideoTranscodingIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    FfmpegTools tools;

    @Inject
    VideoInspector inspector;

    @Inject
    VideoTranscoder transcoder;

    @Inject
    MediaWorkArea workArea;

    private Path clip(Path dir, String name, int width, int height, int seconds, boolean audio) throws Exception {
        return clipMillis(dir, name, width, height, seconds * 1000L, audio);
    }

    private Path clipMillis(Path dir, String name, int width, int height, long millis, boolean audio) throws Exception {
        Path file = dir.resolve(name);
        FFmpegBuilder builder = new FFmpegBuilder()
                .addInput("testsrc2=size=" + width + "x" + height + ":rate=25").setFormat("lavfi").done();
        if (audio) {
            builder.addInput("sine=frequency=440:sample_rate=44100").setFormat("lavfi").done();
        }
        builder.overrideOutputFiles(true).addOutput(file.toString()).setDuration(millis, TimeUnit.MILLISECONDS)
                .setVideoCodec("libx264").addExtraArgs("-pix_fmt", "yuv420p").done();
        tools.ffmpeg().run(builder);
        return file;
    }

    @Test
    void aLadderWithoutUpscalingAMasterPlaylistCaptionsPosterAndMp4() throws Exception {
        Path dir = Files.createTempDirectory(workArea.root(), "transcode-it-");
        Path source = clip(dir, "source.mp4", 1280, 720, 8, true);
        VideoFacts facts = inspector.inspect(source);
        assertEquals(720, facts.height());
        assertTrue(facts.hasAudio());

        Path out = dir.resolve("out");
        VideoTranscoder.Outputs outputs = transcoder.transcode(source, facts, List.of(
                new VideoTranscoder.Captions("th", "ไทย", "WEBVTT\n\n00:00.000 --> 00:02.000\nล้างมือด้วยสบู่\n"),
                new VideoTranscoder.Captions("en", "English", "WEBVTT\n\n00:00.000 --> 00:02.000\nWash with soap\n")),
                out, new FfmpegRun());

        assertEquals(List.of(720, 480, 360), outputs.heights(), "no 1080p rung from a 720p source");
        String master = Files.readString(out.resolve("master.m3u8"));
        List<String> variants = master.lines().filter(l -> l.startsWith("#EXT-X-STREAM-INF:")).toList();
        assertEquals(3, variants.size(), master);
        for (String variant : variants) {
            assertTrue(variant.matches(".*BANDWIDTH=\\d+.*"), variant);
            assertTrue(variant.contains("CODECS=\"avc1.") && variant.contains("mp4a.40.2"), variant);
            assertTrue(variant.matches(".*RESOLUTION=\\d+x(720|480|360).*"), variant);
            assertTrue(variant.contains("SUBTITLES=\"subs\""), variant);
        }
        assertTrue(master.contains("TYPE=SUBTITLES,GROUP-ID=\"subs\",NAME=\"ไทย\",LANGUAGE=\"th\""), master);
        assertTrue(master.contains("LANGUAGE=\"en\""), master);
        for (int i = 0; i < 3; i++) {
            String playlist = Files.readString(out.resolve("v" + i + "/index.m3u8"));
            assertTrue(playlist.contains("#EXT-X-ENDLIST"), playlist);
            List<Double> durations = playlist.lines().filter(l -> l.startsWith("#EXTINF:"))
                    .map(l -> Double.parseDouble(l.substring(8, l.indexOf(',')))).toList();
            assertEquals(List.of(6.0, 2.0), durations, "6-second segments, aligned keyframes in rung " + i);
            for (String segment : playlist.lines().filter(l -> l.endsWith(".ts")).toList()) {
                assertTrue(Files.size(out.resolve("v" + i).resolve(segment)) > 0, segment);
            }
        }
        assertTrue(Files.readString(out.resolve("captions/th.vtt")).contains("ล้างมือด้วยสบู่"));
        assertTrue(Files.readString(out.resolve("captions/th.m3u8")).contains("th.vtt"));

        FFmpegProbeResult poster = tools.ffprobe().probe(out.resolve(outputs.poster()).toString());
        assertEquals(720, poster.getStreams().get(0).height);
        FFmpegProbeResult mp4 = tools.ffprobe().probe(out.resolve(outputs.mp4()).toString());
        FFmpegStream video = mp4.getStreams().stream().filter(s -> s.codec_type == CodecType.VIDEO).findFirst().orElseThrow();
        assertEquals(720, video.height);
        String head = new String(Files.readAllBytes(out.resolve(outputs.mp4())), StandardCharsets.ISO_8859_1);
        assertTrue(head.indexOf("moov") < head.indexOf("mdat"), "faststart: the index comes before the media data");
    }

    @Test
    void aFailedFfmpegRunSaysWhyInAFewLines() throws Exception {
        Path dir = Files.createTempDirectory(workArea.root(), "failure-it-");
        FfmpegRun run = new FfmpegRun();
        FfmpegRun.FfmpegFailedException failed = assertThrows(FfmpegRun.FfmpegFailedException.class,
                () -> run.run(tools.ffmpegPath(), List.of("-hide_banner", "-nostdin", "-i", "missing.mp4", "out.mp4"), dir));
        assertTrue(failed.getMessage().contains("No such file"), failed.getMessage());
    }

    @Test
    void aSilentSmallVideoGetsOneRungAndNoAudio() throws Exception {
        Path dir = Files.createTempDirectory(workArea.root(), "transcode-it-");
        Path source = clip(dir, "small.mkv", 320, 240, 3, false);
        VideoFacts facts = inspector.inspect(source);
        assertFalse(facts.hasAudio());
        VideoTranscoder.Outputs outputs = transcoder.transcode(source, facts, List.of(), dir.resolve("out"),
                new FfmpegRun());
        assertEquals(List.of(240), outputs.heights());
        assertFalse(Files.readString(dir.resolve("out/master.m3u8")).contains("SUBTITLES"));
    }

    @Test
    void hostileAndBrokenFilesAreRefusedWithTheirReason() throws Exception {
        Path dir = Files.createTempDirectory(workArea.root(), "refusals-it-");
        Path good = clip(dir, "good.mp4", 320, 240, 3, true);
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.mp4"), Arrays.copyOf(bytes, bytes.length / 10));
        Path executable = Files.copy(Path.of(ProcessHandle.current().info().command().orElseThrow()), dir.resolve("app.mp4"));
        Path playlist = Files.writeString(dir.resolve("video.mp4"),
                "#EXTM3U\n#EXT-X-TARGETDURATION:6\n#EXTINF:6,\n" + good + "\n#EXT-X-ENDLIST\n");
        Path picture = dir.resolve("picture.mp4");
        tools.ffmpeg().run(new FFmpegBuilder().addInput("testsrc2=size=64x64:rate=1").setFormat("lavfi").done()
                .overrideOutputFiles(true).addOutput(picture.toString()).setFormat("image2").setFrames(1)
                .setVideoCodec("png").done());
        Path empty = Files.write(dir.resolve("empty.mp4"), new byte[0]);
        Path halfSecond = clipMillis(dir, "blink.mp4", 320, 240, 500, false);

        for (Path hostile : List.of(truncated, executable, playlist, picture)) {
            MediaRefusedException refused = assertThrows(MediaRefusedException.class, () -> inspector.inspect(hostile),
                    hostile.toString());
            assertTrue(refused.code().startsWith("media.video."), hostile + ": " + refused.code());
        }
        assertEquals("media.empty", assertThrows(MediaRefusedException.class, () -> inspector.inspect(empty)).code());
        assertEquals("media.video.tooShort", assertThrows(MediaRefusedException.class,
                () -> inspector.inspect(halfSecond)).code());
    }
}
