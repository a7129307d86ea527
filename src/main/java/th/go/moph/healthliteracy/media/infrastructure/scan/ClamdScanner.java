package th.go.moph.healthliteracy.media.infrastructure.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import th.go.moph.healthliteracy.media.application.MalwareScanner;

/**
 * ClamAV's daemon over TCP with the {@code INSTREAM} command: the file is streamed in chunks (never whole in memory)
 * and clamd answers {@code stream: OK} or {@code stream: <signature> FOUND}. clamd refuses streams longer than its
 * {@code StreamMaxLength} (25 MB by default): set it to the largest upload the portal accepts.
 */
public final class ClamdScanner implements MalwareScanner {

    private static final int CHUNK = 256 * 1024;
    private static final int MAX_REPLY = 4096;

    private final InetSocketAddress address;
    private final Duration timeout;

    public ClamdScanner(String host, int port, Duration timeout) {
        this.address = new InetSocketAddress(host, port);
        this.timeout = timeout;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public Optional<String> findThreat(Path file) throws IOException {
        String reply;
        try (Socket socket = new Socket()) {
            socket.connect(address, (int) Math.min(timeout.toMillis(), 10_000));
            socket.setSoTimeout((int) timeout.toMillis());
            IOException sending = null;
            try {
                send(file, socket.getOutputStream());
            } catch (IOException e) {
                sending = e; // clamd drops the connection when a stream passes StreamMaxLength; its reply says so
            }
            try {
                reply = readReply(socket.getInputStream());
            } catch (IOException e) {
                if (sending != null) {
                    e.addSuppressed(sending);
                }
                throw e;
            }
            if (reply.isEmpty() && sending != null) {
                throw sending;
            }
        }
        return verdict(reply);
    }

    private static void send(Path file, OutputStream out) throws IOException {
        out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.readNBytes(chunk, 0, CHUNK); n > 0; n = in.readNBytes(chunk, 0, CHUNK)) {
                out.write(length(n));
                out.write(chunk, 0, n);
            }
        }
        out.write(length(0));
        out.flush();
    }

    /** What clamd's reply to INSTREAM means: empty when clean, the signature when found, an error otherwise. */
    static Optional<String> verdict(String reply) throws IOException {
        String answer = reply.startsWith("stream: ") ? reply.substring("stream: ".length()) : reply;
        if (answer.equals("OK")) {
            return Optional.empty();
        }
        if (answer.endsWith(" FOUND")) {
            return Optional.of(answer.substring(0, answer.length() - " FOUND".length()));
        }
        throw new IOException("clamd gave no verdict: " + (reply.isEmpty() ? "(no reply)" : reply));
    }

    private static byte[] length(int n) {
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }

    private static String readReply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        for (int b = in.read(); b > 0 && reply.size() < MAX_REPLY; b = in.read()) {
            reply.write(b);
        }
        return reply.toString(StandardCharsets.UTF_8).trim();
    }
}
