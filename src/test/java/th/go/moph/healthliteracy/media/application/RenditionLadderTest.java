package th.go.moph.healthliteracy.media.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RenditionLadderTest {

    private static List<Integer> heights(RenditionLadder ladder) {
        return ladder.rungs().stream().map(RenditionLadder.Rung::height).toList();
    }

    @Test
    void onlyRungsNoTallerThanTheSource() {
        assertEquals(List.of(1080, 720, 480, 360), heights(RenditionLadder.forSource(2160, true)));
        assertEquals(List.of(720, 480, 360), heights(RenditionLadder.forSource(720, true)));
        assertEquals(List.of(480, 360), heights(RenditionLadder.forSource(576, true)));
        assertEquals(List.of(240), heights(RenditionLadder.forSource(240, true)));
        assertEquals(List.of(180), heights(RenditionLadder.forSource(181, true)));
    }

    @Test
    void oneCommandWithAlignedKeyframesAndAStreamPerRung() {
        List<String> args = RenditionLadder.forSource(720, true).ffmpegArguments("in.mp4");
        String command = String.join(" ", args);
        assertTrue(command.contains("split=3[s0][s1][s2];[s0]scale=-2:720[v0];[s1]scale=-2:480[v1];[s2]scale=-2:360[v2]"),
                command);
        assertTrue(command.contains("-force_key_frames expr:gte(t,n_forced*6) -sc_threshold 0"), command);
        assertTrue(command.contains("-var_stream_map v:0,a:0 v:1,a:1 v:2,a:2"), command);
        assertTrue(command.contains("-hls_time 6"), command);
        assertEquals("file", args.get(args.indexOf("-protocol_whitelist") + 1));
    }

    @Test
    void aSilentVideoMapsNoAudio() {
        String command = String.join(" ", RenditionLadder.forSource(480, false).ffmpegArguments("in.mp4"));
        assertFalse(command.contains("0:a"), command);
        assertFalse(command.contains("-c:a"), command);
        assertTrue(command.contains("-var_stream_map v:0 v:1"), command);
    }
}
