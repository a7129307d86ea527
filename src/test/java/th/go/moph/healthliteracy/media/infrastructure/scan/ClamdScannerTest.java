package th.go.moph.healthliteracy.media.infrastructure.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClamdScannerTest {

    @Test
    void cleanFoundAndErrorRepliesAreTold() throws IOException {
        assertEquals(Optional.empty(), ClamdScanner.verdict("stream: OK"));
        assertEquals(Optional.of("Win.Test.EICAR_HDB-1"), ClamdScanner.verdict("stream: Win.Test.EICAR_HDB-1 FOUND"));
        assertThrows(IOException.class, () -> ClamdScanner.verdict("INSTREAM size limit exceeded. ERROR"));
        assertThrows(IOException.class, () -> ClamdScanner.verdict(""));
    }

    @Test
    void aScannerThatIsNotThereGivesNoVerdict(@TempDir Path dir) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path file = Files.writeString(dir.resolve("a.txt"), "hello");
        ClamdScanner scanner = new ClamdScanner("127.0.0.1", closedPort, Duration.ofSeconds(2));
        assertThrows(IOException.class, () -> scanner.findThreat(file));
    }
}
