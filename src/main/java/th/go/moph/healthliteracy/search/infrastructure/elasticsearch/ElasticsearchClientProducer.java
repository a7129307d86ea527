package th.go.moph.healthliteracy.search.infrastructure.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.DefaultTransportOptions;
import co.elastic.clients.transport.ElasticsearchTransportBase;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;

/**
 * The one {@link ElasticsearchClient} of the portal, for the cluster at {@code ES_URLS} (comma-separated), with
 * {@code ES_API_KEY} when set.
 */
@ApplicationScoped
public class ElasticsearchClientProducer {

    private static final Logger LOG = Logger.getLogger(ElasticsearchClientProducer.class.getName());

    /** As the low-level REST client's default buffer: far above the largest page or bulk answer the portal asks for. */
    private static final int LARGEST_ANSWER = 100 * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "ES_URLS")
    String urls;

    @Inject
    @ConfigProperty(name = "ES_API_KEY")
    Optional<String> apiKey;

    @Produces
    @Singleton // the client class cannot be proxied; it is thread-safe and shared
    ElasticsearchClient client() {
        return connect(urls, apiKey);
    }

    /** A client for the cluster at {@code urls} (comma-separated), with the API key when there is one. */
    public static ElasticsearchClient connect(String urls, Optional<String> apiKey) {
        Map<String, String> headers = apiKey.filter(k -> !k.isBlank())
                .map(k -> Map.of("Authorization", "ApiKey " + k.trim())).orElse(Map.of());
        return new ElasticsearchClient(new Transport(new ClusterHttpClient(nodes(urls), headers,
                Timeout.ofSeconds(2), Timeout.ofSeconds(30), LARGEST_ANSWER)));
    }

    /** The nodes of {@code ES_URLS}: each an http or https URL with a host. */
    static List<URI> nodes(String urls) {
        List<URI> nodes = Arrays.stream(urls.split(",")).map(String::trim).filter(u -> !u.isEmpty())
                .map(ElasticsearchClientProducer::node).toList();
        if (nodes.isEmpty()) {
            throw new IllegalStateException("ES_URLS names no Elasticsearch node");
        }
        return nodes;
    }

    private static URI node(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("ES_URLS: " + url + " is not a URL", e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalStateException("ES_URLS: " + url + " is not an http(s)://host:port URL");
        }
        return uri;
    }

    /**
     * The client's JSON handling and error mapping over {@link ClusterHttpClient}. Without the client's OpenTelemetry
     * spans: the portal exports no traces, and the client would otherwise look for a tracer and describe every call to
     * it (a fiftieth of a public search's processor time).
     */
    private static final class Transport extends ElasticsearchTransportBase {
        Transport(ClusterHttpClient http) {
            super(http, DefaultTransportOptions.EMPTY, new Jackson3JsonpMapper(), NoopInstrumentation.INSTANCE);
        }
    }

    void close(@Disposes ElasticsearchClient client) {
        try {
            client._transport().close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing the Elasticsearch client failed", e);
        }
    }
}
