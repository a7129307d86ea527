package th.go.moph.healthliteracy.search.infrastructure.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import co.elastic.clients.transport.DefaultTransportOptions;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient.Request;
import co.elastic.clients.transport.http.TransportHttpClient.Response;

/** The Elasticsearch client's HTTP calls against a real (JDK) HTTP server: what is sent, what is read, failover. */
class ClusterHttpClientTest {

    private static final Timeout SECONDS = Timeout.ofSeconds(5);

    private HttpServer server;
    private URI node;
    private final AtomicInteger requests = new AtomicInteger();
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private volatile HttpExchange last;
    private volatile byte[] lastBody;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::answer);
        server.start();
        node = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        clientPorts.add(exchange.getRemoteAddress().getPort());
        try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
            lastBody = in.readAllBytes();
            last = exchange;
            exchange.getResponseHeaders().set("X-Elastic-Product", "Elasticsearch");
            exchange.getResponseHeaders().add("Warning", "299 one");
            exchange.getResponseHeaders().add("Warning", "299 two");
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            if ("HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            byte[] body = "{\"found\":\"ไข้เลือดออก\"}".getBytes(StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            exchange.sendResponseHeaders(path.endsWith("/missing") ? 404 : 200,
                    path.endsWith("/chunked") ? 0 : body.length); // 0: chunked, no length given
            out.write(body);
        }
    }

    @Test
    void sendsTheRequestWithItsParametersHeadersAndBodyAndReadsTheWholeAnswer() throws IOException {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("typed_keys", "true");
        parameters.put("q", "ไข้ เลือด&ออก");
        TransportOptions options = DefaultTransportOptions.EMPTY.with(o -> o.addHeader("X-Opaque-Id", "search-1")
                .setParameter("filter_path", "hits"));
        try (ClusterHttpClient http = new ClusterHttpClient(List.of(node), Map.of("Authorization", "ApiKey k"),
                SECONDS, SECONDS, 1 << 20)) {
            Response answer = http.performRequest("search", null, new Request("POST", "/items/_search", parameters,
                    Map.of("Content-Type", "application/json"), List.of(utf8("{\"query\":"), utf8("\"ไข้\"}"))),
                    options);

            assertEquals(200, answer.statusCode());
            assertEquals("Elasticsearch", answer.header("x-elastic-product"));
            assertEquals(List.of("299 one", "299 two"), answer.headers("WARNING"));
            assertArrayEquals("{\"found\":\"ไข้เลือดออก\"}".getBytes(StandardCharsets.UTF_8),
                    answer.body().asByteBuffer().array());
            assertEquals("application/json", answer.body().contentType());
        }
        assertEquals("POST", last.getRequestMethod());
        assertEquals("/items/_search", last.getRequestURI().getPath());
        assertEquals("typed_keys=true&q=" + URLEncoder.encode("ไข้ เลือด&ออก", StandardCharsets.UTF_8)
                + "&filter_path=hits", last.getRequestURI().getRawQuery());
        assertEquals("ApiKey k", last.getRequestHeaders().getFirst("Authorization"));
        assertEquals("search-1", last.getRequestHeaders().getFirst("X-Opaque-Id"));
        assertEquals(List.of("application/json"), last.getRequestHeaders().get("Content-Type"));
        assertEquals("{\"query\":\"ไข้\"}", new String(lastBody, StandardCharsets.UTF_8));
    }

    @Test
    void anErrorStatusIsAnAnswerAndAHeadRequestHasNoBody() throws IOException {
        try (ClusterHttpClient http = new ClusterHttpClient(List.of(node), Map.of(), SECONDS, SECONDS, 1 << 20)) {
            Response missing = http.performRequest("get", null, new Request("GET", "/items/_doc/missing", Map.of(),
                    Map.of(), null), null);
            assertEquals(404, missing.statusCode());
            assertEquals("{\"found\":\"ไข้เลือดออก\"}", StandardCharsets.UTF_8.decode(
                    missing.body().asByteBuffer()).toString());

            Response exists = http.performRequest("exists", null, new Request("HEAD", "/items", Map.of(), Map.of(),
                    null), null);
            assertEquals(200, exists.statusCode());
            assertNull(exists.body());
        }
    }

    @Test
    void answersReadToTheirEndLeaveTheConnectionForTheNextCall() throws IOException {
        try (ClusterHttpClient http = new ClusterHttpClient(List.of(node), Map.of(), SECONDS, SECONDS, 1 << 20)) {
            for (int i = 0; i < 5; i++) {
                http.performRequest("search", null, new Request("POST", "/items/_search", Map.of(),
                        Map.of("Content-Type", "application/json"), List.of(utf8("{}"))), null);
            }
        }
        assertEquals(5, requests.get());
        assertEquals(1, clientPorts.size());
    }

    @Test
    void aNodeThatCannotBeReachedPassesTheCallToTheNext() throws IOException {
        URI down = URI.create("http://127.0.0.1:" + closedPort());
        try (ClusterHttpClient http = new ClusterHttpClient(List.of(down, node), Map.of(), SECONDS, SECONDS, 1 << 20)) {
            for (int i = 0; i < 4; i++) {
                assertEquals(200, http.performRequest("search", null, new Request("GET", "/items/_search", Map.of(),
                        Map.of(), null), null).statusCode());
            }
        }
        assertEquals(4, requests.get());
    }

    @Test
    void withEveryNodeDownTheCallFailsWithEachNodesFailure() throws IOException {
        List<URI> down = List.of(URI.create("http://127.0.0.1:" + closedPort()),
                URI.create("http://127.0.0.1:" + closedPort()));
        try (ClusterHttpClient http = new ClusterHttpClient(down, Map.of(), SECONDS, SECONDS, 1 << 20)) {
            IOException failure = assertThrows(IOException.class, () -> http.performRequest("search", null,
                    new Request("GET", "/items/_search", Map.of(), Map.of(), null), null));
            assertEquals(1, failure.getSuppressed().length);
        }
    }

    @Test
    void anAnswerLargerThanTheLimitFailsTheCallWithoutTryingAnotherNode() throws IOException {
        URI second = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        try (ClusterHttpClient http = new ClusterHttpClient(List.of(node, second), Map.of(), SECONDS, SECONDS, 10)) {
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> http.performRequest(
                    "search", null, new Request("GET", "/items/_search", Map.of(), Map.of(), null), null));
            assertTrue(failure.getMessage().contains("at most 10"), failure.getMessage());
        }
        assertEquals(1, requests.get());
    }

    @Test
    void anAnswerWithoutALengthIsReadWholeAndOneLargerThanTheLimitFails() throws IOException {
        Request chunked = new Request("GET", "/items/chunked", Map.of(), Map.of(), null);
        try (ClusterHttpClient http = new ClusterHttpClient(List.of(node), Map.of(), SECONDS, SECONDS, 1 << 20)) {
            assertEquals("{\"found\":\"ไข้เลือดออก\"}", StandardCharsets.UTF_8.decode(
                    http.performRequest("get", null, chunked, null).body().asByteBuffer()).toString());
        }
        try (ClusterHttpClient http = new ClusterHttpClient(List.of(node), Map.of(), SECONDS, SECONDS, 10)) {
            IllegalStateException failure = assertThrows(IllegalStateException.class,
                    () -> http.performRequest("get", null, chunked, null));
            assertTrue(failure.getMessage().contains("more than 10 bytes"), failure.getMessage());
        }
    }

    private static ByteBuffer utf8(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
