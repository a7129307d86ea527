package th.go.moph.healthliteracy.media.infrastructure.ffmpeg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import th.go.moph.healthliteracy.media.application.RenditionLadder;
import th.go.moph.healthliteracy.media.infrastructure.ffmpeg.VideoInspector.VideoFacts;

/**
 * Turns a checked video into what the citizen site and the feed serve, all inside one work folder: the HLS ladder
 * from a single ffmpeg run, a master playlist with BANDWIDTH, CODECS and RESOLUTION and a subtitles group with the
 * captions of every language given, the captions as sidecar WebVTT files, a poster and a 720p MP4 with faststart.
 */
@ApplicationScoped
public class VideoTranscoder {

    @Inject
    FfmpegTools tools;

    /** Captions in one language, already valid WebVTT. */
    public record Captions(String language, String name, String webVtt) {
    }

    /** What a transcode wrote into its folder (paths relative to it). */
    public record Outputs(List<Integer> heights, String master, String poster, String mp4, List<String> captions) {
    }

    public Outputs transcode(Path source, VideoFacts facts, List<Captions> captions, Path folder, FfmpegRun run)
            throws IOException {
        Files.createDirectories(folder);
        String input = source.toAbsolutePath().toString();
        String ffmpeg = tools.ffmpegPath();
        RenditionLadder ladder = RenditionLadder.forSource(facts.height(), facts.hasAudio());
        for (int i = 0; i < ladder.rungs().size(); i++) {
            Files.createDirectories(folder.resolve("v" + i));
        }
        run.run(ffmpeg, ladder.ffmpegArguments(input), folder);
        List<String> captionFiles = writeCaptions(captions, facts.durationSeconds(), folder);
        writeMaster(folder, captions);
        run.run(ffmpeg, RenditionLadder.posterArguments(input, facts.durationSeconds(), facts.height(), "poster.jpg"),
                folder);
        run.run(ffmpeg, RenditionLadder.mp4FallbackArguments(input, facts.height(), facts.hasAudio(), "video.mp4"),
                folder);
        return new Outputs(ladder.rungs().stream().map(RenditionLadder.Rung::height).toList(), "master.m3u8",
                "poster.jpg", "video.mp4", captionFiles);
    }

    private static List<String> writeCaptions(List<Captions> captions, double duration, Path folder) throws IOException {
        List<String> written = new ArrayList<>();
        if (captions.isEmpty()) {
            return written;
        }
        Path dir = Files.createDirectories(folder.resolve("captions"));
        int target = (int) Math.ceil(duration);
        for (Captions c : captions) {
            Files.writeString(dir.resolve(c.language() + ".vtt"), c.webVtt(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(c.language() + ".m3u8"), String.join("\n",
                    "#EXTM3U", "#EXT-X-VERSION:3", "#EXT-X-TARGETDURATION:" + target, "#EXT-X-MEDIA-SEQUENCE:0",
                    "#EXT-X-PLAYLIST-TYPE:VOD", String.format(Locale.ROOT, "#EXTINF:%.3f,", duration),
                    c.language() + ".vtt", "#EXT-X-ENDLIST", ""), StandardCharsets.UTF_8);
            written.add("captions/" + c.language() + ".vtt");
        }
        return written;
    }

    /** ffmpeg's master playlist, with the subtitles group added and every variant pointing to it. */
    private static void writeMaster(Path folder, List<Captions> captions) throws IOException {
        List<String> ffmpegMaster = Files.readAllLines(folder.resolve("master-ffmpeg.m3u8"), StandardCharsets.UTF_8);
        List<String> master = new ArrayList<>(List.of("#EXTM3U", "#EXT-X-VERSION:6", "#EXT-X-INDEPENDENT-SEGMENTS"));
        for (int i = 0; i < captions.size(); i++) {
            Captions c = captions.get(i);
            master.add("#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"subs\",NAME=\"" + c.name().replace("\"", "'")
                    + "\",LANGUAGE=\"" + c.language() + "\",DEFAULT=" + (i == 0 ? "YES" : "NO")
                    + ",AUTOSELECT=YES,URI=\"captions/" + c.language() + ".m3u8\"");
        }
        for (String line : ffmpegMaster) {
            if (line.startsWith("#EXT-X-STREAM-INF:")) {
                master.add(captions.isEmpty() ? line : line + ",SUBTITLES=\"subs\"");
            } else if (!line.isBlank() && !line.startsWith("#EXTM3U") && !line.startsWith("#EXT-X-VERSION")) {
                master.add(line);
            }
        }
        master.add("");
        Files.write(folder.resolve("master.m3u8"), master, StandardCharsets.UTF_8);
        Files.delete(folder.resolve("master-ffmpeg.m3u8"));
    }
}
