package th.go.moph.healthliteracy.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import th.go.moph.healthliteracy.search.application.SearchClusterStatus;
import th.go.moph.healthliteracy.search.application.SearchClusterStatus.ClusterState;

/**
 * The search cluster, reported with readiness but never taking an instance out of service: an outage of the cluster is
 * shared by every instance, and the site, feed and editor go on without it (changes wait in the outbox; the search page
 * says search is unavailable). Its data says whether the cluster serves (green or yellow); alert on it, on
 * {@code search_outbox_lag_seconds} and on the status page.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    @Inject
    SearchClusterStatus cluster;

    @Override
    public HealthCheckResponse call() {
        ClusterState state = cluster.current();
        var response = HealthCheckResponse.named("search").up();
        response.withData("status", state.status()).withData("serving", state.serving());
        return response.withData(state.serving() ? "cluster" : "reason", state.detail()).build();
    }
}
