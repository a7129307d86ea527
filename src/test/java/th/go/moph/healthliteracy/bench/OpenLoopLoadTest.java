package th.go.moph.healthliteracy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The benchmarks' load generator against a real (JDK) HTTP server: answers read whole, connections kept and reused. */
class OpenLoopLoadTest {

    private HttpServer server;
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private URI base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::answer);
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        clientPorts.add(exchange.getRemoteAddress().getPort());
        int n = requests.incrementAndGet();
        try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
            String sent = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            bodies.put(path, sent);
            byte[] body = ("ตอบ " + path + " ".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
            switch (path) {
                case "/chunked" -> {
                    exchange.sendResponseHeaders(200, 0); // no length: the JDK server sends it chunked
                    out.write(body);
                }
                case "/closing" -> {
                    exchange.getResponseHeaders().set("Connection", "close");
                    exchange.sendResponseHeaders(200, body.length);
                    out.write(body);
                }
                case "/empty" -> exchange.sendResponseHeaders(204, -1);
                case "/every-tenth-fails" -> {
                    exchange.sendResponseHeaders(n % 10 == 0 ? 500 : 200, body.length);
                    out.write(body);
                }
                default -> {
                    exchange.sendResponseHeaders(200, body.length);
                    out.write(body);
                }
            }
        }
    }

    @Test
    void readsWholeAnswersOfEveryShapeOverOneKeptConnection() throws IOException {
        try (OpenLoopLoad load = new OpenLoopLoad()) {
            for (String path : new String[] {"fixed", "chunked", "empty", "fixed", "chunked"}) {
                int status = load.send(OpenLoopLoad.Request.get(base.resolve(path), Map.of("X-Test", "1")));
                assertEquals(path.equals("empty") ? 204 : 200, status, path);
            }
            assertEquals(5, requests.get());
            assertEquals(1, clientPorts.size(), "every answer was read to its end, so the connection was reused");
        }
    }

    @Test
    void postsTheBodyAndOpensANewConnectionWhenTheServerClosesOne() throws IOException {
        try (OpenLoopLoad load = new OpenLoopLoad()) {
            assertEquals(200, load.send(OpenLoopLoad.Request.postJson(base.resolve("closing"), "{\"q\":\"ไข้\"}")));
            assertEquals(200, load.send(OpenLoopLoad.Request.get(base.resolve("fixed"), Map.of())));
            assertEquals("{\"q\":\"ไข้\"}", bodies.get("/closing"));
            assertEquals(2, clientPorts.size());
        }
    }

    @Test
    void anOpenLoopRunSendsEveryRequestAndCountsErrorStatuses() throws InterruptedException {
        try (OpenLoopLoad load = new OpenLoopLoad()) {
            OpenLoopLoad.Request request = OpenLoopLoad.Request.get(base.resolve("every-tenth-fails"), Map.of());
            OpenLoopLoad.Result result = load.run(200, Duration.ofMillis(500), i -> request);
            assertEquals(100, result.requests());
            assertEquals(100, requests.get());
            assertEquals(10, result.errors());
            assertTrue(result.p50Millis() > 0 && result.p50Millis() <= result.p95Millis()
                    && result.p95Millis() <= result.maxMillis(), result.toString());
        }
    }

    @Test
    void aRefusedConnectionIsAnErrorNotAHang() throws InterruptedException {
        URI nobody = base;
        server.stop(0);
        try (OpenLoopLoad load = new OpenLoopLoad()) {
            OpenLoopLoad.Result result = load.run(100, Duration.ofMillis(100), i -> OpenLoopLoad.Request.get(nobody,
                    Map.of()));
            assertEquals(result.requests(), result.errors());
        }
    }
}
