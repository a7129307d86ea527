package th.go.moph.healthliteracy.search.application;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexDefinition;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexStore;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexStore.Scope;
import th.go.moph.healthliteracy.search.infrastructure.jpa.IndexBuilds;

/**
 * Builds a fresh index from the database and swaps the alias to it, while searches go on against the old one.
 * <p>
 * Nothing published meanwhile is lost: the build is registered before the copy starts, and from then on every
 * delivery also writes to the new index (a delivery reads the registrations after claiming its outbox rows, so any
 * change committed after the registration reaches it). The copy reads each page after the registration, so it is at
 * least as new as any delivery that did not see it. Writes carry the item's version as an external version, so the
 * copy and the deliveries can arrive in any order and the newest state stays; withdrawn items are written as
 * versioned deletions for the same reason. Last, everything changed since the build began is copied once more, the
 * new index is set to be merged into one segment, and the alias swapped; the replaced index is deleted half a minute
 * later, when searches begun on it have finished.
 */
@ApplicationScoped
public class IndexRebuild {

    private static final Logger LOG = Logger.getLogger(IndexRebuild.class.getName());
    private static final int PAGE = 500;
    private static final Duration STALE = Duration.ofMinutes(10);
    /** How long a replaced index stays, for searches that began on it before the swap. */
    private static final Duration RETIRE_AFTER = Duration.ofSeconds(30);

    /** What a rebuild did. */
    public record Report(Scope scope, String index, long items, Duration took) {
    }

    @Inject
    ItemIndexStore index;

    @Inject
    IndexBuilds builds;

    @Inject
    SearchIndexing indexing;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private volatile ItemIndexDefinition definition;

    public ItemIndexDefinition definition() {
        if (definition == null) {
            definition = ItemIndexDefinition.bundled();
        }
        return definition;
    }

    /**
     * Rebuilds the index of {@code scope} when the one behind its alias was made by another definition (a changed
     * synonym list, analyzer or field): the way a new synonym list goes live, with no downtime. Returns whether it did.
     */
    public boolean rebuildIfOutdated(Scope scope) {
        Optional<String> live = index.live(scope);
        if (live.isPresent() && index.definitionOf(live.get()).map(definition().hash()::equals).orElse(false)) {
            return false;
        }
        LOG.info(() -> "The " + scope + " search index " + live.orElse("(none)") + " is not built by the current "
                + "definition " + definition().hash() + "; rebuilding it");
        rebuild(scope);
        return true;
    }

    /** Rebuilds both indices. */
    public List<Report> rebuildAll() {
        return List.of(rebuild(Scope.PUBLIC), rebuild(Scope.EDITORIAL));
    }

    /**
     * Rebuilds one index; refused with {@link RebuildRunningException} while another rebuild of it runs (on any
     * portal instance).
     */
    public Report rebuild(Scope scope) {
        long began = System.nanoTime();
        String alias = index.alias(scope);
        String target = index.create(scope, definition());
        if (!builds.begin(alias, target, owner, STALE)) {
            index.delete(target);
            throw new RebuildRunningException("A rebuild of " + alias + " is already running");
        }
        try {
            index.unused(scope, target).forEach(index::delete); // left behind by a rebuild that died midway
            Instant started = builds.running(alias).map(IndexBuilds.Build::startedAt)
                    .orElseThrow(() -> new IllegalStateException("the build of " + alias + " vanished"));
            long copied = 0;
            UUID after = null;
            for (List<UUID> page = indexing.idsAfter(null, PAGE); !page.isEmpty();
                    page = indexing.idsAfter(after, PAGE)) {
                copy(page, scope, target);
                copied += page.size();
                after = page.get(page.size() - 1);
                if (!builds.heartbeat(alias, target, owner)) {
                    throw new IllegalStateException("the rebuild of " + alias + " was taken over");
                }
            }
            copy(indexing.changedSince(started.minusSeconds(5)), scope, target);
            index.refresh(target);
            index.compact(target); // in the background: searches need not wait for it
            Set<String> replaced = index.swap(scope, target);
            builds.end(alias, target);
            scheduler.schedule(() -> replaced.forEach(this::deleteQuietly), RETIRE_AFTER.toSeconds(), TimeUnit.SECONDS);
            Report report = new Report(scope, target, copied, Duration.ofNanos(System.nanoTime() - began));
            LOG.info(() -> "Rebuilt " + alias + " as " + target + ": " + report.items() + " items in " + report.took());
            return report;
        } catch (RuntimeException e) {
            builds.end(alias, target);
            try {
                index.delete(target);
            } catch (SearchUnavailableException alsoDown) {
                e.addSuppressed(alsoDown); // a half-built index left behind is never behind the alias: harmless
            }
            throw e;
        }
    }

    private void deleteQuietly(String replaced) {
        try {
            index.delete(replaced);
        } catch (SearchUnavailableException e) {
            LOG.warning(() -> "Could not delete the replaced index " + replaced + "; the next rebuild will: " + e);
        }
    }

    private void copy(List<UUID> ids, Scope scope, String target) {
        Map<String, String> refused = indexing.copy(ids, scope, target);
        if (!refused.isEmpty()) {
            throw new IllegalStateException("Elasticsearch refused " + refused.size() + " item(s), e.g. "
                    + refused.entrySet().iterator().next());
        }
    }

    /** Another rebuild of the same index is running. */
    public static class RebuildRunningException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public RebuildRunningException(String message) {
            super(message);
        }
    }
}
