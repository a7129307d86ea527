package th.go.moph.healthliteracy.media.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ChunkedUploadFilterTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void theSameFileOfTwoEditorsIsTwoUploads() {
        String fileId = "clip.mp4,1795356415140,video/mp4,6291456";
        assertNotEquals(ChunkedUploadFilter.owned("somchai", fileId), ChunkedUploadFilter.owned("malee", fileId));
    }

    @Test
    void aChunkBehindWhatIsHeldSendsTheUploaderAhead() {
        assertEquals(Optional.of("bytes=0-" + (3 * MIB - 1)), ChunkedUploadFilter.resumeHint(3 * MIB, MIB - 1, 6 * MIB));
    }

    @Test
    void theNextChunkInLineAndAFinishedFileGetNoHint() {
        assertEquals(Optional.empty(), ChunkedUploadFilter.resumeHint(MIB, 2 * MIB - 1, 6 * MIB), "in order");
        assertEquals(Optional.empty(), ChunkedUploadFilter.resumeHint(2 * MIB, 2 * MIB - 1, 6 * MIB), "this very chunk again");
        assertEquals(Optional.empty(), ChunkedUploadFilter.resumeHint(6 * MIB, MIB - 1, 6 * MIB), "all there: let it finish");
    }
}
