package th.go.moph.healthliteracy.media.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import th.go.moph.healthliteracy.media.domain.MediaRefusedException;

class CaptionFilesTest {

    private static final long LIMIT = 2 * 1024 * 1024;

    private static String refusal(String text) {
        return assertThrows(MediaRefusedException.class,
                () -> CaptionFiles.toWebVtt(text.getBytes(StandardCharsets.UTF_8), LIMIT)).code();
    }

    @Test
    void acceptsWebVtt() {
        String vtt = "WEBVTT\n\n00:00.000 --> 00:02.500\nล้างมือด้วยสบู่\n\n00:00:02.500 --> 00:00:05.000\nนานอย่างน้อย 20 วินาที\n";
        assertEquals(vtt, CaptionFiles.toWebVtt(vtt.getBytes(StandardCharsets.UTF_8), LIMIT));
    }

    @Test
    void convertsSrt() {
        String srt = "1\r\n00:00:00,000 --> 00:00:02,500\r\nล้างมือด้วยสบู่\r\n\r\n2\r\n00:00:02,500 --> 00:00:05,000\r\nนานอย่างน้อย 20 วินาที\r\n";
        assertEquals("WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.500\nล้างมือด้วยสบู่\n\n2\n00:00:02.500 --> 00:00:05.000\nนานอย่างน้อย 20 วินาที\n\n",
                CaptionFiles.toWebVtt(srt.getBytes(StandardCharsets.UTF_8), LIMIT));
    }

    @Test
    void refusesWhatIsNotCaptions() {
        assertEquals("media.captions.format", refusal("<html>not captions</html>"));
        assertEquals("media.captions.timing", refusal("WEBVTT\n\n00:05.000 --> 00:02.000\nย้อนเวลา\n"));
        assertEquals("media.captions.empty", refusal("WEBVTT\n\nNOTE nothing here\n"));
        assertEquals("media.empty", refusal(""));
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] tis620 = {'W', 'E', 'B', 'V', 'T', 'T', '\n', '\n', (byte) 0xC5, (byte) 0xE9, (byte) 0xD2, (byte) 0xA7};
        assertEquals("media.captions.encoding", assertThrows(MediaRefusedException.class,
                () -> CaptionFiles.toWebVtt(tis620, LIMIT)).code());
    }

    @Test
    void refusesAnOversizedFile() {
        assertEquals("media.captions.tooLarge", assertThrows(MediaRefusedException.class,
                () -> CaptionFiles.toWebVtt(new byte[2048], 1024)).code());
    }
}
