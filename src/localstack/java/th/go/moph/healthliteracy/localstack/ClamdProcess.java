package th.go.moph.healthliteracy.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * A real ClamAV daemon for the tests (Debian's clamav-daemon), listening on a free loopback port. Without network
 * access to ClamAV's signature mirrors it loads one signature of its own: the EICAR anti-virus test file, which every
 * scanner must report and which is harmless.
 */
public final class ClamdProcess implements AutoCloseable {

    /** The EICAR test file: 68 harmless bytes that every anti-virus product reports as a virus. */
    public static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private final Process process;
    private final int port;

    private ClamdProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static ClamdProcess start(Path work, Duration timeout) throws IOException, InterruptedException, TimeoutException {
        Path clamd = executable();
        Path database = Files.createDirectories(work.resolve("database"));
        Files.writeString(database.resolve("portal-test.hdb"),
                md5(EICAR) + ":" + EICAR.length() + ":Portal.Test.EICAR\n", StandardCharsets.US_ASCII);
        int port = FreePorts.pick();
        Path config = work.resolve("clamd.conf");
        Files.writeString(config, String.join("\n",
                "Foreground yes",
                "TCPAddr 127.0.0.1",
                "TCPSocket " + port,
                "DatabaseDirectory " + database,
                "PidFile " + work.resolve("clamd.pid"),
                "StreamMaxLength 200M",
                "SelfCheck 0") + "\n");
        Process process = new ProcessBuilder(List.of(clamd.toString(), "--config-file=" + config))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("clamd.log").toFile())
                .start();
        ClamdProcess daemon = new ClamdProcess(process, port);
        try {
            daemon.awaitPong(timeout, work.resolve("clamd.log"));
        } catch (IOException | TimeoutException | RuntimeException e) {
            daemon.close();
            throw e;
        }
        return daemon;
    }

    private static Path executable() throws IOException {
        for (String dir : (System.getenv("PATH") + ":/usr/sbin:/usr/local/sbin").split(":")) {
            Path candidate = Path.of(dir, "clamd");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IOException("clamd is not installed (Debian: apt-get install clamav-daemon)");
    }

    private void awaitPong(Duration timeout, Path log) throws IOException, InterruptedException, TimeoutException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("clamd exited with status " + process.exitValue() + "; see " + log);
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
                InputStream in = socket.getInputStream();
                if (new String(in.readNBytes(4), StandardCharsets.US_ASCII).equals("PONG")) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new TimeoutException("clamd did not answer PING within " + timeout + "; see " + log);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        Processes.stop(process, 20);
    }
}
