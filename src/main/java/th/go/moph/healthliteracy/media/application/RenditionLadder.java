package th.go.moph.healthliteracy.media.application;

import java.util.ArrayList;
import java.util.List;

/**
 * The HLS ladder for a video: 1080p, 720p, 480p and 360p H.264 + AAC, only the rungs no taller than the source (a
 * source shorter than 360 lines gets one rung at its own height), 6-second segments with keyframes aligned across
 * rungs, and the single ffmpeg command that makes them all from one decode.
 */
public final class RenditionLadder {

    /** Segment length in seconds; keyframes are forced on these boundaries in every rung. */
    public static final int SEGMENT_SECONDS = 6;

    /** One rung: height, and video bitrate with its peak and buffer in kbit/s. */
    public record Rung(int height, int videoKbps) {
        int maxKbps() {
            return videoKbps * 107 / 100;
        }

        int bufferKbps() {
            return videoKbps * 2;
        }
    }

    static final List<Rung> RUNGS = List.of(new Rung(1080, 5000), new Rung(720, 2800), new Rung(480, 1400),
            new Rung(360, 800));
    static final int AUDIO_KBPS = 128;

    private final List<Rung> rungs;
    private final boolean audio;

    private RenditionLadder(List<Rung> rungs, boolean audio) {
        this.rungs = List.copyOf(rungs);
        this.audio = audio;
    }

    public static RenditionLadder forSource(int sourceHeight, boolean hasAudio) {
        List<Rung> chosen = new ArrayList<>();
        for (Rung rung : RUNGS) {
            if (rung.height() <= sourceHeight) {
                chosen.add(rung);
            }
        }
        if (chosen.isEmpty()) {
            int height = Math.max(2, sourceHeight - sourceHeight % 2);
            chosen.add(new Rung(height, 500));
        }
        return new RenditionLadder(chosen, hasAudio);
    }

    public List<Rung> rungs() {
        return rungs;
    }

    /**
     * The ffmpeg arguments (without the program) that read {@code input} and write {@code v<N>/index.m3u8} with its
     * segments for every rung and {@code master-ffmpeg.m3u8}, in the current working directory.
     */
    public List<String> ffmpegArguments(String input) {
        List<String> args = new ArrayList<>(List.of("-hide_banner", "-nostdin", "-y", "-nostats",
                "-protocol_whitelist", "file", "-i", input));
        StringBuilder filter = new StringBuilder("[0:v]split=").append(rungs.size());
        for (int i = 0; i < rungs.size(); i++) {
            filter.append("[s").append(i).append(']');
        }
        for (int i = 0; i < rungs.size(); i++) {
            filter.append(";[s").append(i).append("]scale=-2:").append(rungs.get(i).height()).append("[v").append(i)
                    .append(']');
        }
        args.addAll(List.of("-filter_complex", filter.toString()));
        StringBuilder streamMap = new StringBuilder();
        for (int i = 0; i < rungs.size(); i++) {
            args.addAll(List.of("-map", "[v" + i + "]"));
            if (audio) {
                args.addAll(List.of("-map", "0:a:0"));
            }
            Rung rung = rungs.get(i);
            args.addAll(List.of("-b:v:" + i, rung.videoKbps() + "k", "-maxrate:v:" + i, rung.maxKbps() + "k",
                    "-bufsize:v:" + i, rung.bufferKbps() + "k"));
            streamMap.append(i == 0 ? "" : " ").append("v:").append(i).append(audio ? ",a:" + i : "");
        }
        args.addAll(List.of("-c:v", "libx264", "-preset", "veryfast", "-profile:v", "main", "-pix_fmt", "yuv420p",
                "-force_key_frames", "expr:gte(t,n_forced*" + SEGMENT_SECONDS + ")", "-sc_threshold", "0"));
        if (audio) {
            args.addAll(List.of("-c:a", "aac", "-b:a", AUDIO_KBPS + "k", "-ac", "2"));
        }
        args.addAll(List.of("-f", "hls", "-hls_time", String.valueOf(SEGMENT_SECONDS), "-hls_playlist_type", "vod",
                "-hls_flags", "independent_segments", "-hls_segment_filename", "v%v/seg_%04d.ts",
                "-var_stream_map", streamMap.toString(), "-master_pl_name", "master-ffmpeg.m3u8", "v%v/index.m3u8"));
        return args;
    }

    /** Arguments for the 720p (or smaller) MP4 fallback with its index at the front, for progressive download. */
    public static List<String> mp4FallbackArguments(String input, int sourceHeight, boolean hasAudio, String output) {
        int height = Math.min(720, sourceHeight - sourceHeight % 2);
        List<String> args = new ArrayList<>(List.of("-hide_banner", "-nostdin", "-y", "-nostats",
                "-protocol_whitelist", "file", "-i", input, "-map", "0:v:0"));
        if (hasAudio) {
            args.addAll(List.of("-map", "0:a:0", "-c:a", "aac", "-b:a", AUDIO_KBPS + "k", "-ac", "2"));
        }
        args.addAll(List.of("-vf", "scale=-2:" + height, "-c:v", "libx264", "-preset", "veryfast", "-crf", "23",
                "-profile:v", "main", "-pix_fmt", "yuv420p", "-movflags", "+faststart", output));
        return args;
    }

    /** Arguments for the poster: one frame a third of the way in (at most 5 s), at most 720 lines, as JPEG. */
    public static List<String> posterArguments(String input, double durationSeconds, int sourceHeight, String output) {
        double at = Math.min(5.0, durationSeconds / 3);
        int height = Math.min(720, sourceHeight - sourceHeight % 2);
        return List.of("-hide_banner", "-nostdin", "-y", "-nostats", "-protocol_whitelist", "file",
                "-ss", String.format(java.util.Locale.ROOT, "%.2f", at), "-i", input, "-frames:v", "1",
                "-vf", "scale=-2:" + height, "-q:v", "3", output);
    }
}
