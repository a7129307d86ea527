package th.go.moph.healthliteracy.search.infrastructure.elasticsearch;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;

/**
 * The one {@link ElasticsearchClient} of the portal, for the cluster at {@code ES_URLS} (comma-separated), with
 * {@code ES_API_KEY} when set.
 */
@ApplicationScoped
public class ElasticsearchClientProducer {

    private static final Logger LOG = Logger.getLogger(ElasticsearchClientProducer.class.getName());

    @Inject
    @ConfigProperty(name = "ES_URLS")
    String urls;

    @Inject
    @ConfigProperty(name = "ES_API_KEY")
    Optional<String> apiKey;

    @Produces
    @Singleton // the client class cannot be proxied; it is thread-safe and shared
    ElasticsearchClient client() {
        HttpHost[] hosts = Arrays.stream(urls.split(","))
                .map(String::trim).filter(u -> !u.isEmpty())
                .map(HttpHost::create)
                .toArray(HttpHost[]::new);
        if (hosts.length == 0) {
            throw new IllegalStateException("ES_URLS names no Elasticsearch node");
        }
        Header[] headers = apiKey.filter(k -> !k.isBlank())
                .map(k -> new Header[] {new BasicHeader("Authorization", "ApiKey " + k.trim())})
                .orElse(new Header[0]);
        RestClient restClient = RestClient.builder(hosts)
                .setDefaultHeaders(headers)
                .setRequestConfigCallback(c -> c.setConnectTimeout(2_000).setSocketTimeout(30_000))
                .build();
        return new ElasticsearchClient(new RestClientTransport(restClient, new Jackson3JsonpMapper()));
    }

    void close(@Disposes ElasticsearchClient client) {
        try {
            client._transport().close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing the Elasticsearch client failed", e);
        }
    }
}
