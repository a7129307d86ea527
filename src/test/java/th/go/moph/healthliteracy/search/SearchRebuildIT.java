package th.go.moph.healthliteracy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.platform.SchemaMigration;
import th.go.moph.healthliteracy.search.application.EditorialSearch;
import th.go.moph.healthliteracy.search.application.IndexRebuild;
import th.go.moph.healthliteracy.search.application.PublicSearch;
import th.go.moph.healthliteracy.search.application.SearchResults;
import th.go.moph.healthliteracy.search.domain.PageRequest;
import th.go.moph.healthliteracy.search.domain.QueryText;
import th.go.moph.healthliteracy.search.domain.SearchFilters;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexStore;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexStore.Scope;
import th.go.moph.healthliteracy.search.infrastructure.jpa.SearchOutbox;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.testing.ActingAs;
import th.go.moph.healthliteracy.testing.ContentLibrary;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/**
 * Rebuilds both indices while items are published and withdrawn at the same time, and finds that the new indices hold
 * exactly what the database says: every published item, no withdrawn one, every item in the editorial index. And
 * compacts the live index into one segment without losing an item.
 */
@ExtendWith(ArquillianExtension.class)
class SearchRebuildIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ActingAs acting;

    @Inject
    ContentLibrary library;

    @Inject
    IndexRebuild rebuild;

    @Inject
    ItemIndexStore index;

    @Inject
    PublicSearch publicSearch;

    @Inject
    EditorialSearch editorialSearch;

    @Inject
    SearchOutbox outbox;

    @Inject
    th.go.moph.healthliteracy.search.infrastructure.jpa.IndexBuilds builds;

    @Inject
    ElasticsearchClient client;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Test
    void aRebuildUnderConcurrentPublishingLosesNothing() throws Exception {
        Agency agency = fixtures.agency("Rebuild Agency");
        String topic = fixtures.topic("stroke", "โรคหลอดเลือดสมอง", "Stroke");
        List<UUID> before = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            before.add(library.published(agency, "th", article(topic, i)));
        }
        long quiet = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!builds.running().isEmpty() && System.nanoTime() < quiet) {
            Thread.sleep(200); // a rebuild another test asked for is still running
        }
        String oldPublic = index.live(Scope.PUBLIC).orElseThrow();
        List<UUID> toWithdraw = new ArrayList<>(before);

        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicInteger duringRebuild = new AtomicInteger();
        java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
        Future<Integer> writer = executor.submit(() -> {
            int n = 100;
            while (rebuilding.get()) {
                writing.countDown();
                UUID id = library.published(agency, "th", article(topic, n++));
                if (n % 3 == 0) {
                    library.withdraw(agency, id, "แทนที่ด้วยฉบับใหม่");
                }
                if (n % 4 == 0 && !toWithdraw.isEmpty()) {
                    library.withdraw(agency, toWithdraw.remove(0), "ทบทวนใหม่");
                }
                if (rebuilding.get()) {
                    duringRebuild.incrementAndGet();
                }
            }
            return n;
        });
        writing.await();
        List<IndexRebuild.Report> reports;
        try {
            reports = rebuild.rebuildAll();
        } finally {
            rebuilding.set(false);
        }
        writer.get();
        assertTrue(duringRebuild.get() >= 1, "items were published while the rebuild ran: " + duringRebuild);
        assertNotEquals(oldPublic, index.live(Scope.PUBLIC).orElseThrow(), "the alias points at the new index");
        assertEquals(2, reports.size());

        delivered();
        index.refresh(index.alias(Scope.PUBLIC));
        index.refresh(index.alias(Scope.EDITORIAL));

        Set<String> publishedInDatabase = itemsOf(agency, "status = 'PUBLISHED'");
        Set<String> everyItem = itemsOf(agency, "true");
        assertEquals(publishedInDatabase, publicIds(agency), "the public index holds exactly the published items");
        acting.become(fixtures.account(agency, Role.AUTHOR, GrantScope.OWN_AGENCY));
        SearchResults editorial = editorialSearch.search(QueryText.of("", "q"),
                SearchFilters.of(null, null, null, List.of(agency.code()), null), new PageRequest(1, 50));
        assertEquals(everyItem.size(), editorial.total(), "the editorial index holds every item");
    }

    @Test
    void compactionMergesTheLiveIndexIntoOneSegmentAndLosesNothing() throws Exception {
        Agency agency = fixtures.agency("Compaction Agency");
        String topic = fixtures.topic("stroke", "โรคหลอดเลือดสมอง", "Stroke");
        String alias = index.alias(Scope.PUBLIC);
        for (int i = 0; i < 3 || segments(alias) < 2; i++) { // one refresh per item: a segment each
            library.published(agency, "th", article(topic, 200 + i));
            delivered();
            index.refresh(alias);
            assertTrue(i < 10, "publishing one item at a time makes segments");
        }
        Set<String> published = itemsOf(agency, "status = 'PUBLISHED'");

        assertTrue(index.compact(alias), "an index of several segments is compacted");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (segments(alias) > 1 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            index.refresh(alias);
        }
        assertEquals(1, segments(alias), "merged in the background into one segment");
        assertFalse(index.compact(alias), "an index of one segment is left as it is");
        assertEquals(published, publicIds(agency), "the compacted index holds every published item");
    }

    private int segments(String target) throws Exception {
        return client.indices().stats(s -> s.index(target).metric("segments")).all().primaries().segments().count();
    }

    private void delivered() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (outbox.backlog().pending() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private static th.go.moph.healthliteracy.content.domain.ContentDraft article(String topic, int n) {
        return ContentLibrary.article("อาการเตือนโรคหลอดเลือดสมอง ฉบับที่ " + n, "หน้าเบี้ยว แขนขาอ่อนแรง พูดไม่ชัด",
                "<p>รีบโทร 1669 ภายใน 4.5 ชั่วโมง</p>", topic, Audience.ELDERLY);
    }

    private Set<String> publicIds(Agency agency) {
        SearchResults results = publicSearch.search(QueryText.of("", "q"),
                SearchFilters.of(null, null, null, List.of(agency.code()), null), new PageRequest(1, 50));
        Set<String> ids = new TreeSet<>();
        results.hits().forEach(h -> ids.add(h.id()));
        assertEquals(results.total(), ids.size(), "fewer than 50 items, all on one page");
        return ids;
    }

    private Set<String> itemsOf(Agency agency, String condition) throws Exception {
        Set<String> ids = new TreeSet<>();
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("select id from content_item where agency_id = ? and "
                     + condition)) {
            statement.setObject(1, agency.id());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }
}
