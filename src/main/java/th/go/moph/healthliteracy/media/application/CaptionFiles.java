package th.go.moph.healthliteracy.media.application;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.go.moph.healthliteracy.media.domain.MediaRefusedException;

/**
 * Captions as WebVTT: a WebVTT file is checked (header, cue timings in order), an SRT file is converted. Text must
 * be UTF-8 (Thai captions from Windows tools sometimes are not: they are refused with a clear reason).
 */
public final class CaptionFiles {

    private static final Pattern VTT_TIMING = Pattern.compile(
            "^(?:(\\d{2,}):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3}) --> (?:(\\d{2,}):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})(?: .*)?$");
    private static final Pattern SRT_TIMING = Pattern.compile(
            "^(\\d{2,}):([0-5]\\d):([0-5]\\d),(\\d{3}) --> (\\d{2,}):([0-5]\\d):([0-5]\\d),(\\d{3})\\s*$");

    private CaptionFiles() {
    }

    /** The captions as valid WebVTT text; refuses anything else. */
    public static String toWebVtt(byte[] content, long maxBytes) {
        if (content.length == 0) {
            throw new MediaRefusedException("media.empty", "The captions file is empty");
        }
        if (content.length > maxBytes) {
            throw new MediaRefusedException("media.captions.tooLarge", "Captions files are limited to "
                    + maxBytes / 1024 + " KiB");
        }
        String text = utf8(content).replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.startsWith("WEBVTT")) {
            check(text);
            return text.endsWith("\n") ? text : text + "\n";
        }
        if (SRT_TIMING.matcher(firstTimingLine(text)).matches()) {
            String vtt = fromSrt(text);
            check(vtt);
            return vtt;
        }
        throw new MediaRefusedException("media.captions.format", "Captions must be WebVTT or SRT");
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new MediaRefusedException("media.captions.encoding", "Captions must be saved as UTF-8 text");
        }
    }

    private static String firstTimingLine(String text) {
        for (String line : text.split("\n", 20)) {
            if (line.contains("-->")) {
                return line.strip();
            }
        }
        return "";
    }

    private static String fromSrt(String srt) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (String line : srt.split("\n", -1)) {
            Matcher timing = SRT_TIMING.matcher(line.strip());
            vtt.append(timing.matches() ? line.strip().replace(',', '.') : line).append('\n');
        }
        return vtt.toString().replaceAll("\n{3,}", "\n\n");
    }

    private static void check(String vtt) {
        String header = vtt.lines().findFirst().orElse("");
        if (!header.equals("WEBVTT") && !header.startsWith("WEBVTT ") && !header.startsWith("WEBVTT\t")) {
            throw new MediaRefusedException("media.captions.format", "A WebVTT file starts with the line WEBVTT");
        }
        long previousStart = -1;
        int cues = 0;
        for (String line : (Iterable<String>) vtt.lines()::iterator) {
            if (!line.contains("-->")) {
                continue;
            }
            Matcher m = VTT_TIMING.matcher(line.strip());
            if (!m.matches()) {
                throw new MediaRefusedException("media.captions.timing", "Bad cue timing: " + line.strip());
            }
            long start = millis(m.group(1), m.group(2), m.group(3), m.group(4));
            long end = millis(m.group(5), m.group(6), m.group(7), m.group(8));
            if (end <= start || start < previousStart) {
                throw new MediaRefusedException("media.captions.timing", "Cues out of order or ending before they "
                        + "start: " + line.strip());
            }
            previousStart = start;
            cues++;
        }
        if (cues == 0) {
            throw new MediaRefusedException("media.captions.empty", "The captions file has no cues");
        }
    }

    private static long millis(String h, String m, String s, String ms) {
        return ((h == null ? 0 : Long.parseLong(h)) * 3600 + Long.parseLong(m) * 60 + Long.parseLong(s)) * 1000
                + Long.parseLong(ms);
    }
}
