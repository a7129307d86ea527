package th.go.moph.healthliteracy.bench;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * An open-loop load: requests leave at a fixed rate whatever the answers do, and each latency is counted from the
 * moment its request was due, not from when it was sent — so a stall shows in the figures instead of silently
 * lowering the load (the "coordinated omission" of closed-loop tools).
 *
 * <p>The load generator shares the machine's cores with what it measures, so it must cost next to nothing: each
 * request is encoded once, goes out over a kept-alive HTTP/1.1 connection from a pool, and is written and answered on
 * one plain blocking thread (one per request in flight). The JDK's HTTP client, used before, spent about a millisecond
 * of processor time per request on its selector and executor hand-overs — a fifth of a core at 200 requests/s, taken
 * from the portal and the search node alike.
 */
final class OpenLoopLoad implements Closeable {

    /** What one run measured. */
    record Result(double offeredPerSecond, int requests, int errors, double p50Millis, double p95Millis,
            double p99Millis, double maxMillis) {

        boolean held(double p95Limit) {
            return errors == 0 && p95Millis < p95Limit;
        }

        @Override
        public String toString() {
            return String.format("%.0f/s: %d requests, %d errors, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                    offeredPerSecond, requests, errors, p50Millis, p95Millis, p99Millis, maxMillis);
        }
    }

    /** One HTTP/1.1 request, encoded once, sent as often as asked. */
    record Request(String host, int port, byte[] bytes) {

        static Request get(URI uri, Map<String, String> headers) {
            return of("GET", uri, headers, null);
        }

        static Request postJson(URI uri, String json) {
            return of("POST", uri, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
        }

        private static Request of(String method, URI uri, Map<String, String> headers, byte[] body) {
            if (!"http".equals(uri.getScheme())) {
                throw new IllegalArgumentException("the load generator speaks plain HTTP only: " + uri);
            }
            int port = uri.getPort() < 0 ? 80 : uri.getPort();
            StringBuilder head = new StringBuilder(method).append(' ').append(uri.getRawPath());
            if (uri.getRawQuery() != null) {
                head.append('?').append(uri.getRawQuery());
            }
            head.append(" HTTP/1.1\r\nHost: ").append(uri.getHost()).append(':').append(port)
                    .append("\r\nUser-Agent: open-loop-load\r\nAccept: */*\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
            byte[] bytes = body == null ? start : Arrays.copyOf(start, start.length + body.length);
            if (body != null) {
                System.arraycopy(body, 0, bytes, start.length, body.length);
            }
            return new Request(uri.getHost(), port, bytes);
        }
    }

    private final ExecutorService senders = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "load");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Deque<Connection>> idle = new ConcurrentHashMap<>();

    /** Sends {@code request(i)} at {@code perSecond} for {@code duration}, and waits for the last answer. */
    Result run(double perSecond, Duration duration, IntFunction<Request> request) throws InterruptedException {
        int total = (int) Math.round(perSecond * duration.toNanos() / 1e9);
        long interval = Math.round(1e9 / perSecond);
        double[] latencies = new double[total];
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch answered = new CountDownLatch(total);
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int n = i;
            Request next = request.apply(i);
            senders.execute(() -> {
                try {
                    if (send(next) >= 400) {
                        errors.incrementAndGet();
                    }
                } catch (IOException | RuntimeException e) {
                    errors.incrementAndGet();
                } finally {
                    latencies[n] = (System.nanoTime() - due) / 1e6;
                    answered.countDown();
                }
            });
        }
        if (!answered.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException(answered.getCount() + " answers still missing a minute after the last"
                    + " request");
        }
        double[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Result(perSecond, total, errors.get(), percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    /**
     * Sends one request on the calling thread and reads the whole answer; returns its status. A kept-alive connection
     * the server has meanwhile closed is replaced once, when it failed before any of the answer arrived.
     */
    int send(Request request) throws IOException {
        Deque<Connection> pool = idle.computeIfAbsent(request.host() + ':' + request.port(),
                k -> new ConcurrentLinkedDeque<>());
        Connection connection = pool.pollFirst();
        boolean reused = connection != null;
        if (connection == null) {
            connection = new Connection(request.host(), request.port());
        }
        try {
            int status = connection.exchange(request.bytes());
            if (connection.open()) {
                pool.offerFirst(connection);
            }
            return status;
        } catch (IOException e) {
            connection.close();
            if (reused && !connection.answerBegan()) {
                return send(request);
            }
            throw e;
        }
    }

    @Override
    public void close() {
        senders.shutdownNow();
        idle.values().forEach(pool -> pool.forEach(Connection::close));
    }

    static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** A request for the JDK's HTTP client (the benchmarks' other, unmeasured calls). */
    static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
    }

    /** One kept-alive HTTP/1.1 connection: a request written whole, its answer read whole and dropped. */
    private static final class Connection {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final byte[] scratch = new byte[16 * 1024];
        private boolean open = true;
        private boolean answerBegan;

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }

        int exchange(byte[] request) throws IOException {
            answerBegan = false;
            out.write(request);
            out.flush();
            String statusLine = line();
            answerBegan = true;
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP/1.x answer: " + statusLine);
            }
            int status = Integer.parseInt(parts[1]);
            long length = -1;
            boolean chunked = false;
            boolean keepAlive = parts[0].equals("HTTP/1.1");
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.contains("chunked");
                    case "connection" ->
                        keepAlive = value.contains("keep-alive") || keepAlive && !value.contains("close");
                    default -> { }
                }
            }
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) { // trailers
                }
            } else if (length >= 0) {
                skip(length);
            } else if (status >= 200 && status != 204 && status != 304) {
                while (in.read(scratch) >= 0) { // the body runs to the end of the connection
                }
                keepAlive = false;
            }
            if (!keepAlive) {
                close();
            }
            return status;
        }

        boolean open() {
            return open;
        }

        boolean answerBegan() {
            return answerBegan;
        }

        void close() {
            open = false;
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }

        private long chunkSize() throws IOException {
            String line = line();
            int extension = line.indexOf(';');
            return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
        }

        private void skip(long bytes) throws IOException {
            long left = bytes;
            while (left > 0) {
                int read = in.read(scratch, 0, (int) Math.min(scratch.length, left));
                if (read < 0) {
                    throw new EOFException("the answer ended " + left + " bytes early");
                }
                left -= read;
            }
        }

        /** A line of the answer's head, without its CR LF. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("the connection closed inside an answer's head");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }
    }
}
