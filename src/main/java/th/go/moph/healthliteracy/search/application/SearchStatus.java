package th.go.moph.healthliteracy.search.application;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import th.go.moph.healthliteracy.platform.status.StatusSection;
import th.go.moph.healthliteracy.search.infrastructure.jpa.SearchOutbox;

/** Search on the system-status page: the cluster, and how far the index is behind (details: the search page). */
@ApplicationScoped
public class SearchStatus implements StatusSection {

    @Inject
    SearchOutbox outbox;

    @Inject
    SearchClusterStatus cluster;

    @Inject
    Clock clock;

    @Override
    public String title() {
        return "status.search";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Fact> facts() {
        SearchClusterStatus.ClusterState state = cluster.current();
        SearchOutbox.Backlog backlog = outbox.backlog();
        long lag = backlog.lag(clock.instant()).toSeconds();
        return List.of(new Fact("status.searchCluster", state.status() + " · " + state.detail(),
                        !state.serving() ? Health.FAILING : "green".equals(state.status()) ? Health.OK : Health.WARNING),
                Fact.judged("status.searchPending", backlog.pending() + " · " + lag + " s", lag > 10, lag > 300),
                Fact.judged("status.searchFailing", backlog.failing(), backlog.failing() > 0, false));
    }
}
