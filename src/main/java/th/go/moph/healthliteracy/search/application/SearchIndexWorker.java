package th.go.moph.healthliteracy.search.application;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexStore;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexStore.Scope;

/**
 * Keeps the index in step on this instance. At start-up (and again until the cluster answers) it makes sure both aliases
 * exist — building them from the database when they do not — and rebuilds in the background any index made by an
 * older definition (a changed synonym list goes live this way, with no downtime). Then it delivers the outbox every
 * {@code SEARCH_OUTBOX_POLL_MS}, compacts the indices after a burst of changes and every night, and once an hour
 * re-sends items whose review date lapsed.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexWorker {

    private static final Logger LOG = Logger.getLogger(SearchIndexWorker.class.getName());
    private static final int BATCH = 200;
    /** Changes delivered after which the indices are compacted once the outbox is empty ({@link ItemIndexStore#compact}). */
    private static final int COMPACT_AFTER = 1_000;

    @Inject
    SearchIndexing indexing;

    @Inject
    IndexRebuild rebuild;

    @Inject
    ItemIndexStore index;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "SEARCH_OUTBOX_POLL_MS", defaultValue = "250")
    long pollMillis;

    private final AtomicBoolean ready = new AtomicBoolean();
    private final AtomicBoolean unreachableLogged = new AtomicBoolean();
    private ScheduledFuture<?> delivery;
    /** Changes delivered since the indices were last compacted, after a burst or by the nightly run. */
    private final AtomicLong changesSinceCompaction = new AtomicLong();

    /**
     * Makes the indices before the portal counts as started, when the cluster answers (an instance without them can
     * answer no search); otherwise the first ticks keep trying.
     */
    @PostConstruct
    void start() {
        try {
            prepareIndices();
        } catch (RuntimeException e) {
            LOG.warning("Search indices not ready at start-up; will retry: " + e.getMessage());
        }
        delivery = scheduler.scheduleWithFixedDelay(this::tick, 1_000, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (delivery != null) {
            delivery.cancel(false);
        }
    }

    private void tick() {
        try {
            if (!ready.get() && !prepareIndices()) {
                return;
            }
            int batch;
            do { // a full batch: more may be waiting
                batch = indexing.deliverDue(BATCH);
                changesSinceCompaction.addAndGet(batch);
            } while (batch == BATCH);
            if (changesSinceCompaction.get() >= COMPACT_AFTER) { // a burst (an import, a bulk change) is in: compact
                changesSinceCompaction.set(0);
                compactQuietly();
            }
            unreachableLogged.set(false);
        } catch (SearchUnavailableException e) {
            if (unreachableLogged.compareAndSet(false, true)) {
                LOG.warning("Search index not updated, will retry: " + e.getMessage());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search outbox delivery failed; will retry", e);
        }
    }

    /** Creates missing aliases from the database; starts background rebuilds of outdated indices. */
    private boolean prepareIndices() {
        for (Scope scope : Scope.values()) {
            if (index.live(scope).isEmpty()) {
                try {
                    rebuild.rebuild(scope);
                } catch (IndexRebuild.RebuildRunningException another) {
                    return false; // another instance is building it; check again at the next tick
                }
            } else {
                executor.submit(() -> rebuildQuietly(scope)); // searches go on against the old index meanwhile
            }
        }
        ready.set(true);
        return true;
    }

    private void rebuildQuietly(Scope scope) {
        try {
            rebuild.rebuildIfOutdated(scope);
        } catch (IndexRebuild.RebuildRunningException another) {
            LOG.info(another.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Background rebuild of the " + scope + " index failed; the old one still serves", e);
        }
    }

    /**
     * Every night, the few segments the day's changes added are merged into the rest (the rest of the day, the merge
     * policy keeps them few; a burst of changes is compacted when it is in).
     */
    @Schedule(hour = "3", minute = "17", timezone = "Asia/Bangkok", persistent = false)
    public void compactNightly() {
        changesSinceCompaction.set(0); // the day's changes are merged now: a burst counts from here
        compactQuietly();
    }

    private void compactQuietly() {
        try {
            for (Scope scope : Scope.values()) {
                index.compact(index.alias(scope));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Compacting the search indices failed; they serve as they are", e);
        }
    }

    @Schedule(hour = "*", minute = "7", persistent = false)
    public void sweepReviewLapses() {
        try {
            int queued = indexing.sweepReviewLapses();
            if (queued > 0) {
                LOG.info(() -> queued + " item(s) passed their review date; sent to the index again");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Review-date sweep failed; will retry within the hour", e);
        }
    }
}
