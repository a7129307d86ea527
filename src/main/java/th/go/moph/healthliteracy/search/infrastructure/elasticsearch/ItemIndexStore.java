package th.go.moph.healthliteracy.search.infrastructure.elasticsearch;

import java.io.StringReader;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.stats.IndexStats;
import co.elastic.clients.json.JsonData;

import th.go.moph.healthliteracy.search.application.SearchUnavailableException;
import th.go.moph.healthliteracy.search.domain.ItemDocument;

/**
 * The item indices in Elasticsearch: the public and the editorial one, each a concrete index behind an alias
 * ({@code <prefix>-items-public}, {@code <prefix>-items-editorial}). Writes carry the item's version as an external
 * version, so whichever writer comes last — the outbox delivery of another instance, or a rebuild's copy — an older
 * state never overwrites a newer one.
 */
@ApplicationScoped
public class ItemIndexStore {

    private static final Logger LOG = Logger.getLogger(ItemIndexStore.class.getName());
    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";
    /** Elasticsearch's {@code index.merge.policy.max_merged_segment}: the largest segment its merges make. */
    private static final long LARGEST_COMPACTED = 5L * 1024 * 1024 * 1024;

    /** Which of the two indices. */
    public enum Scope {
        PUBLIC, EDITORIAL;

        String suffix() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One write: the document at {@code version}, or its removal when {@code document} is null. {@code target} is an
     * alias (the live index) or the concrete name of an index being built.
     */
    public record Write(String target, boolean alias, String id, long version, ItemDocument document) {
    }

    @Inject
    ElasticsearchClient client;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "SEARCH_INDEX_PREFIX", defaultValue = "portal")
    String prefix;

    public String alias(Scope scope) {
        return prefix + "-items-" + scope.suffix();
    }

    /** Creates an empty index for {@code scope} by the definition; returns its name. */
    public String create(Scope scope, ItemIndexDefinition definition) {
        String name = alias(scope) + "-" + definition.hash() + "-" + clock.millis();
        ClusterCall.run(() -> client.indices().create(c -> c.index(name).withJson(new StringReader(definition.json()))));
        LOG.info(() -> "Created search index " + name);
        return name;
    }

    /** The concrete index the alias points at, if the alias exists. */
    public Optional<String> live(Scope scope) {
        return behind(alias(scope)).stream().sorted().reduce((a, b) -> b);
    }

    /** The indices an alias points at; none when it does not exist. */
    private Set<String> behind(String alias) {
        return ClusterCall.run(() -> client.indices().existsAlias(a -> a.name(alias)).value()
                ? client.indices().getAlias(a -> a.name(alias)).result().keySet() : Set.<String>of());
    }

    /** The definition hash an index was built with ({@code _meta.definition}). */
    public Optional<String> definitionOf(String index) {
        return ClusterCall.run(() -> {
            var mapping = client.indices().getMapping(m -> m.index(index)).result().get(index);
            if (mapping == null || mapping.mappings().meta() == null) {
                return Optional.<String>empty();
            }
            JsonData value = mapping.mappings().meta().get("definition");
            return Optional.ofNullable(value).map(v -> v.to(String.class));
        });
    }

    /**
     * Points the alias at {@code index} in one atomic step; returns the indices it pointed at before (searches already
     * running on them finish there, so the caller deletes them a little later).
     */
    public Set<String> swap(Scope scope, String index) {
        String alias = alias(scope);
        Set<String> previous = behind(alias);
        ClusterCall.run(() -> client.indices().updateAliases(u -> {
            previous.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias))));
            return u.actions(a -> a.add(ad -> ad.index(index).alias(alias)));
        }));
        LOG.info(() -> "Alias " + alias + " now points at " + index + " (was " + previous + ")");
        Set<String> replaced = new java.util.HashSet<>(previous);
        replaced.remove(index);
        return replaced;
    }

    /** The indices of {@code scope} that nothing points at: left by a rebuild that died, or replaced by one. */
    public List<String> unused(Scope scope, String except) {
        String alias = alias(scope);
        Optional<String> live = live(scope);
        return ClusterCall.run(() -> client.indices().get(g -> g.index(alias + "-*").ignoreUnavailable(true)
                .allowNoIndices(true)).result().keySet().stream()
                .filter(name -> !name.equals(except) && !live.map(name::equals).orElse(false)).sorted().toList());
    }

    public void delete(String index) {
        ClusterCall.run(() -> client.indices().delete(d -> d.index(index).ignoreUnavailable(true)));
    }

    /** Makes recent writes searchable now (tests and the end of a rebuild; normal writes wait for the 1 s refresh). */
    public void refresh(String target) {
        ClusterCall.run(() -> client.indices().refresh(r -> r.index(target).ignoreUnavailable(true)));
    }

    /**
     * Sends the writes in one bulk request. Returns the ids whose write failed for a reason other than a newer
     * version being there already; throws {@link SearchUnavailableException} when the cluster cannot be reached.
     */
    public Map<String, String> write(List<Write> writes) {
        if (writes.isEmpty()) {
            return Map.of();
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.False);
        for (Write w : writes) {
            if (w.document() == null) {
                bulk.operations(op -> op.delete(d -> d.index(w.target()).id(w.id())
                        .version(w.version()).versionType(VersionType.External)));
            } else {
                bulk.operations(op -> op.index(i -> i.index(w.target()).id(w.id()).requireAlias(w.alias())
                        .version(w.version()).versionType(VersionType.External).document(w.document())));
            }
        }
        BulkResponse response = ClusterCall.run(() -> client.bulk(bulk.build()));
        Map<String, String> failed = new java.util.HashMap<>();
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null && !VERSION_CONFLICT.equals(item.error().type())) {
                    failed.put(item.id(), item.index() + ": " + item.error().type() + ": " + item.error().reason());
                }
            }
        }
        return failed;
    }

    /**
     * Asks the cluster to merge the index {@code target} (or the one behind an alias) into one segment, in the
     * background, when it has more than one; returns whether it asked. A search runs once per segment: the
     * benchmark's index of 10,000 items, left by the merge policy in eleven segments, cost the search node 5.9 ms per
     * search against 5.0 ms for the same index in one (its 30 queries one at a time, eight alternating rounds). An
     * index too large to fit one segment of Elasticsearch's own largest size ({@link #LARGEST_COMPACTED}) is left to
     * the merge policy: a larger segment would never be merged again, nor the space of its deleted documents freed.
     */
    public boolean compact(String target) {
        return ClusterCall.run(() -> {
            IndexStats primaries = client.indices().stats(s -> s.index(target).metric("store", "segments"))
                    .all().primaries();
            if (primaries.segments().count() <= 1 || primaries.store().sizeInBytes() > LARGEST_COMPACTED) {
                return false;
            }
            client.indices().forcemerge(f -> f.index(target).maxNumSegments(1L).waitForCompletion(false));
            LOG.info(() -> "Merging the " + primaries.segments().count() + " segments of " + target + " ("
                    + primaries.store().sizeInBytes() / 1024 / 1024 + " MB) into one");
            return true;
        });
    }

    /** How many documents an index or alias holds. */
    public long count(String target) {
        return ClusterCall.run(() -> client.count(c -> c.index(target).ignoreUnavailable(true)).count());
    }
}
