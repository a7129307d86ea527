package th.go.moph.healthliteracy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.search.application.IndexRebuild;
import th.go.moph.healthliteracy.search.application.PublicSearch;
import th.go.moph.healthliteracy.search.application.SearchIndexing;
import th.go.moph.healthliteracy.search.domain.PageRequest;
import th.go.moph.healthliteracy.search.domain.QueryText;
import th.go.moph.healthliteracy.search.domain.SearchFilters;
import th.go.moph.healthliteracy.search.domain.SynonymList;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexDefinition;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexStore;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexStore.Scope;
import th.go.moph.healthliteracy.search.infrastructure.jpa.IndexBuilds;
import th.go.moph.healthliteracy.testing.Await;
import th.go.moph.healthliteracy.testing.ContentLibrary;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/**
 * A new synonym list goes live without downtime: the public alias is made to point at an index built with an older
 * list (one without ฉี่หนู), the portal notices the index is outdated and rebuilds it while searches keep running, and
 * afterwards the new synonym finds the item — with not one search failing or missing it in between.
 */
@ExtendWith(ArquillianExtension.class)
class SynonymListUpdateIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ContentLibrary library;

    @Inject
    PublicSearch search;

    @Inject
    SearchIndexing indexing;

    @Inject
    IndexRebuild rebuild;

    @Inject
    IndexBuilds builds;

    @Inject
    ItemIndexStore index;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aChangedSynonymListGoesLiveWithoutDowntime() throws Exception {
        Agency agency = fixtures.agency("Synonym Agency");
        String topic = fixtures.topic("leptospirosis", "เลปโตสไปโรซิส", "Leptospirosis");
        UUID item = library.published(agency, "th", ContentLibrary.article("เลปโตสไปโรซิสในฤดูฝน",
                "ป้องกันโรคเมื่อต้องลุยน้ำ", "<p>สวมรองเท้าบูท ล้างเท้าหลังลุยน้ำ</p>", topic, Audience.ADULTS));
        await(() -> found("เลปโตสไปโรซิส", agency).contains(item.toString()), "publication");
        awaitNoRebuild();

        ItemIndexDefinition older = ItemIndexDefinition.withSynonyms(SynonymList.parse("ไข้หวัดใหญ่, flu\n"));
        String stale = index.create(Scope.PUBLIC, older);
        for (List<UUID> page = indexing.idsAfter(null, 500); !page.isEmpty();
                page = indexing.idsAfter(page.get(page.size() - 1), 500)) {
            indexing.copy(page, Scope.PUBLIC, stale);
        }
        index.refresh(stale);
        index.swap(Scope.PUBLIC, stale);
        assertEquals(List.of(), found("ฉี่หนู", agency), "the older list has no ฉี่หนู");

        AtomicBoolean searching = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        AtomicInteger misses = new AtomicInteger();
        Future<?> citizens = executor.submit(() -> {
            while (searching.get()) {
                try {
                    if (!found("เลปโตสไปโรซิส", agency).contains(item.toString())) {
                        misses.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    misses.incrementAndGet();
                }
                searches.incrementAndGet();
            }
        });
        boolean rebuilt;
        try {
            rebuilt = rebuild.rebuildIfOutdated(Scope.PUBLIC);
        } finally {
            searching.set(false);
        }
        citizens.get();

        assertTrue(rebuilt, "the outdated index was rebuilt");
        assertTrue(searches.get() > 0, "searches ran during the rebuild");
        assertEquals(0, misses.get(), "of " + searches.get() + " searches during the rebuild, none failed or missed");
        assertEquals(rebuild.definition().hash(), index.definitionOf(index.live(Scope.PUBLIC).orElseThrow())
                .orElseThrow(), "the live index is built by the current definition");
        assertEquals(List.of(item.toString()), found("ฉี่หนู", agency), "the new synonym is live");
    }

    private List<String> found(String q, Agency agency) {
        return search.search(QueryText.of(q, "q"), SearchFilters.of(null, null, null, List.of(agency.code()), null),
                new PageRequest(1, 10)).hits().stream().map(h -> h.id()).toList();
    }

    private void awaitNoRebuild() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!builds.running().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    private static void await(Await.Condition done, String what) throws Exception {
        Await.until(done, Duration.ofSeconds(10), what);
    }
}
