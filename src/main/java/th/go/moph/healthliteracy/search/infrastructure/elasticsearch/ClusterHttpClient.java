package th.go.moph.healthliteracy.search.infrastructure.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.util.BinaryData;

/**
 * The HTTP side of the portal's Elasticsearch client: blocking calls over a pool of kept-alive connections (Apache
 * HttpClient 5, classic I/O), made in the calling thread. The client's default transport hands every request to an
 * I/O reactor thread and the answer back again; a search on the public API waited through both hand-overs, and that
 * HTTP side took a sixth of the portal's processor time per search. Nodes are tried in turn: a node that
 * cannot be reached or drops the connection passes the request to the next one, so one node down loses nothing.
 */
final class ClusterHttpClient implements TransportHttpClient, AutoCloseable {

    private final List<Node> nodes;
    private final List<HttpHost> hosts;
    private final CloseableHttpClient http;
    private final AtomicInteger next = new AtomicInteger();
    private final int largestAnswer;

    /**
     * @param nodes the cluster's nodes, {@code http(s)://host:port}
     * @param headers sent with every request (the API key)
     * @param largestAnswer the most bytes an answer may have; a larger one fails the call rather than the heap
     */
    ClusterHttpClient(List<URI> nodes, Map<String, String> headers, Timeout connect, Timeout answer,
            int largestAnswer) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("no Elasticsearch node to call");
        }
        this.largestAnswer = largestAnswer;
        this.nodes = nodes.stream().map(Node::new).toList();
        this.hosts = nodes.stream().map(u -> new HttpHost(u.getScheme(), u.getHost(), u.getPort())).toList();
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(64).setMaxConnPerRoute(32)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connect)
                                .setSocketTimeout(answer).setValidateAfterInactivity(TimeValue.ofSeconds(2))
                                .setTimeToLive(TimeValue.ofMinutes(5)).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(answer)
                        .setConnectionRequestTimeout(answer).build()) // a full pool is waited for as long as an answer
                .setDefaultHeaders(headers.entrySet().stream()
                        .map(h -> (Header) new BasicHeader(h.getKey(), h.getValue())).toList())
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .disableCookieManagement().disableAuthCaching().disableRedirectHandling().disableAutomaticRetries()
                .disableContentCompression().disableConnectionState()
                .build();
    }

    @Override
    public Response performRequest(String endpointId, Node ignored, Request request, TransportOptions options)
            throws IOException {
        String target = target(request, options);
        byte[] body = body(request.body());
        int first = Math.floorMod(next.getAndIncrement(), nodes.size());
        IOException failure = null;
        for (int attempt = 0; attempt < nodes.size(); attempt++) {
            int node = (first + attempt) % nodes.size();
            try {
                return call(node, request, options, target, body);
            } catch (IOException e) { // unreachable, or the connection dropped: the next node
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        throw failure;
    }

    /** The portal calls the cluster synchronously; this form runs the call in the caller's thread too. */
    @Override
    public CompletableFuture<Response> performRequestAsync(String endpointId, Node node, Request request,
            TransportOptions options) {
        try {
            return CompletableFuture.completedFuture(performRequest(endpointId, node, request, options));
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }

    private Response call(int node, Request request, TransportOptions options, String target, byte[] body)
            throws IOException {
        BasicClassicHttpRequest call = new BasicClassicHttpRequest(request.method(), hosts.get(node), target);
        request.headers().forEach(call::addHeader);
        if (options != null) {
            options.headers().forEach(h -> call.addHeader(h.getKey(), h.getValue()));
        }
        if (body != null) {
            call.setEntity(new ByteArrayEntity(body, null)); // its type is the request's Content-Type header
        }
        return http.execute(hosts.get(node), call, answer -> answer(nodes.get(node), answer));
    }

    private Answer answer(Node node, ClassicHttpResponse answer) throws IOException {
        HttpEntity entity = answer.getEntity();
        byte[] bytes = entity == null ? null : read(entity);
        String type = entity == null ? null : entity.getContentType();
        return new Answer(node, answer.getCode(), answer.getHeaders(), bytes, type);
    }

    /** The whole body, or a failure (not passed on to the next node) if it is larger than {@link #largestAnswer}. */
    private byte[] read(HttpEntity entity) throws IOException {
        long length = entity.getContentLength();
        if (length > largestAnswer) {
            throw tooLarge(length + " bytes");
        }
        try (InputStream in = entity.getContent()) {
            if (in == null) {
                return new byte[0];
            }
            if (length >= 0) { // the usual case: read into one array of the right size, not in 8 KB pieces then copied
                byte[] bytes = new byte[(int) length];
                if (in.readNBytes(bytes, 0, bytes.length) < length) {
                    throw new IOException("Elasticsearch's answer ended before its " + length + " bytes");
                }
                return bytes;
            }
            byte[] bytes = in.readNBytes(largestAnswer + 1);
            if (bytes.length > largestAnswer) {
                throw tooLarge("more than " + largestAnswer + " bytes");
            }
            return bytes;
        }
    }

    private IllegalStateException tooLarge(String size) {
        return new IllegalStateException("Elasticsearch answered " + size + "; the portal reads at most "
                + largestAnswer);
    }

    private static String target(Request request, TransportOptions options) {
        StringBuilder target = new StringBuilder(request.path());
        char separator = request.path().indexOf('?') < 0 ? '?' : '&';
        List<Map.Entry<String, String>> parameters = new ArrayList<>(request.queryParams().entrySet());
        if (options != null) {
            parameters.addAll(options.queryParameters().entrySet());
        }
        for (Map.Entry<String, String> parameter : parameters) {
            target.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return target.toString();
    }

    private static byte[] body(Iterable<ByteBuffer> buffers) {
        if (buffers == null) {
            return null;
        }
        int length = 0;
        for (ByteBuffer buffer : buffers) {
            length += buffer.remaining();
        }
        byte[] body = new byte[length];
        int at = 0;
        for (ByteBuffer buffer : buffers) {
            int size = buffer.remaining();
            buffer.duplicate().get(body, at, size);
            at += size;
        }
        return body;
    }

    /** A whole answer, read before the connection went back to the pool. */
    private record Answer(Node node, int statusCode, Header[] allHeaders, byte[] bytes, String contentType)
            implements Response {

        @Override
        public String header(String name) {
            for (Header header : allHeaders) {
                if (header.getName().equalsIgnoreCase(name)) {
                    return header.getValue();
                }
            }
            return null;
        }

        @Override
        public List<String> headers(String name) {
            return Arrays.stream(allHeaders).filter(h -> h.getName().equalsIgnoreCase(name)).map(Header::getValue)
                    .toList();
        }

        @Override
        public BinaryData body() {
            return bytes == null ? null : BinaryData.of(bytes, contentType);
        }

        @Override
        public Object originalResponse() {
            return this;
        }

        @Override
        public void close() {
        }
    }
}
