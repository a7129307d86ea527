package th.go.moph.healthliteracy.search.application;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;

/** The Elasticsearch cluster's health, from {@code _cluster/health} (the portal never relies on {@code GET /}). */
@ApplicationScoped
public class SearchClusterStatus {

    @Inject
    ElasticsearchClient client;

    public ClusterState current() {
        try {
            HealthResponse health = client.cluster().health(h -> h.timeout(t -> t.time("2s")));
            boolean serving = health.status() != HealthStatus.Red;
            return new ClusterState(serving, health.status().jsonValue(),
                    health.clusterName() + ", " + health.numberOfNodes() + " node(s)");
        } catch (IOException | RuntimeException e) {
            return new ClusterState(false, "unreachable", "Elasticsearch unreachable: " + e.getMessage());
        }
    }

    /** @param serving whether searches can be answered (green or yellow) */
    public record ClusterState(boolean serving, String status, String detail) {
    }
}
