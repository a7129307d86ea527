package th.go.moph.healthliteracy.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import th.go.moph.healthliteracy.search.application.SearchClusterStatus;
import th.go.moph.healthliteracy.search.application.SearchClusterStatus.ClusterState;

/** UP when the Elasticsearch cluster is green or yellow (a single node has no replicas). */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    @Inject
    SearchClusterStatus cluster;

    @Override
    public HealthCheckResponse call() {
        ClusterState state = cluster.current();
        var response = HealthCheckResponse.named("search").status(state.serving());
        response.withData("status", state.status());
        return response.withData(state.serving() ? "cluster" : "reason", state.detail()).build();
    }
}
