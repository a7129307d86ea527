package th.go.moph.healthliteracy.search.application;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.audit.application.AuditedRefusals;
import th.go.moph.healthliteracy.identity.application.CurrentActor;
import th.go.moph.healthliteracy.identity.domain.Permission;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexStore;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexStore.Scope;
import th.go.moph.healthliteracy.search.infrastructure.jpa.IndexBuilds;
import th.go.moph.healthliteracy.search.infrastructure.jpa.SearchOutbox;

/** What administrators see of search, and the rebuild they can ask for. */
@ApplicationScoped
@AuditedRefusals(subject = "search_index")
public class SearchAdministration {

    private static final Logger LOG = Logger.getLogger(SearchAdministration.class.getName());

    /** The state of search: how far behind the index is, which indices serve, which are being built. */
    public record Status(SearchOutbox.Backlog backlog, Duration lag, String definition,
            List<IndexState> indices, List<IndexBuilds.Build> building, String cluster) {
    }

    /** One live index. */
    public record IndexState(String alias, String index, long documents, boolean current) {
    }

    @Inject
    SearchOutbox outbox;

    @Inject
    IndexBuilds builds;

    @Inject
    ItemIndexStore index;

    @Inject
    IndexRebuild rebuild;

    @Inject
    SearchClusterStatus cluster;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    public Status status() {
        currentActor.get().require(Permission.ADMINISTER_PORTAL, null);
        SearchOutbox.Backlog backlog = outbox.backlog();
        String definition = rebuild.definition().hash();
        List<IndexState> indices = new ArrayList<>();
        String clusterState = cluster.current().detail();
        try {
            for (Scope scope : Scope.values()) {
                String alias = index.alias(scope);
                index.live(scope).ifPresent(live -> indices.add(new IndexState(alias, live, index.count(live),
                        index.definitionOf(live).map(definition::equals).orElse(false))));
            }
        } catch (SearchUnavailableException e) {
            clusterState = e.getMessage();
        }
        return new Status(backlog, backlog.lag(clock.instant()), definition, indices, builds.running(), clusterState);
    }

    /** Starts a rebuild of both indices in the background; searches go on against the old ones until it swaps. */
    @Transactional
    public void requestRebuild() {
        currentActor.get().require(Permission.ADMINISTER_PORTAL, null);
        audit.record("SEARCH_REBUILD_REQUESTED", Subject.of("search_index", index.alias(Scope.PUBLIC)), null);
        executor.submit(() -> {
            try {
                rebuild.rebuildAll();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The requested search rebuild failed; the old indices still serve", e);
            }
        });
    }
}
