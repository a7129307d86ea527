package th.go.moph.healthliteracy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.search.application.PublicSearch;
import th.go.moph.healthliteracy.search.application.SearchResults;
import th.go.moph.healthliteracy.search.application.SearchUnavailableException;
import th.go.moph.healthliteracy.search.domain.PageRequest;
import th.go.moph.healthliteracy.search.domain.QueryText;
import th.go.moph.healthliteracy.search.domain.SearchFilters;
import th.go.moph.healthliteracy.search.infrastructure.jpa.SearchOutbox;
import th.go.moph.healthliteracy.testing.Await;
import th.go.moph.healthliteracy.testing.ContentLibrary;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.LocalStackSession;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/**
 * Stops the real search node, publishes and withdraws items while it is down, starts it again, and sees the index
 * converge: the new item found, the withdrawn one gone, the outbox empty. The node is stopped and started by the test
 * JVM that owns it (the steps marked {@code @RunAsClient}); the other steps run in the portal.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class SearchOutageIT {

    private static final Duration CONVERGES_WITHIN = Duration.ofSeconds(60);

    /** Kept between the in-container steps (one class loader, one JVM). */
    private static Agency agency;
    private static UUID withdrawnDuringOutage;
    private static UUID publishedDuringOutage;

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
    SearchOutbox outbox;

    private List<String> found(String q) {
        SearchResults results = search.search(QueryText.of(q, "q"),
                SearchFilters.of(null, null, null, List.of(agency.code()), null), new PageRequest(1, 10));
        return results.hits().stream().map(SearchResults.Hit::id).toList();
    }

    @Test
    @Order(1)
    void anItemIsPublishedAndFound() throws Exception {
        agency = fixtures.agency("Outage Agency");
        String topic = fixtures.topic("leptospirosis", "เลปโตสไปโรซิส", "Leptospirosis");
        withdrawnDuringOutage = library.published(agency, "th", ContentLibrary.article("โรคเลปโตสไปโรซิสหน้าฝน",
                "ลุยน้ำย่ำโคลนเสี่ยงโรค", "<p>สวมรองเท้าบูทเมื่อลุยน้ำ</p>", topic, Audience.ADULTS));
        Await.until(() -> found("เลปโตสไปโรซิส").contains(withdrawnDuringOutage.toString()), CONVERGES_WITHIN,
                "indexing");
    }

    @Test
    @Order(2)
    @RunAsClient
    void theSearchNodeStops() {
        LocalStackSession.stopSearchNode();
    }

    @Test
    @Order(3)
    void whileItIsDownItemsArePublishedAndWithdrawnAndTheChangesWait() {
        String topic = fixtures.topic("leptospirosis", "เลปโตสไปโรซิส", "Leptospirosis");
        publishedDuringOutage = library.published(agency, "th", ContentLibrary.article("ฉี่หนูป้องกันได้",
                "เลปโตสไปโรซิสติดต่อทางบาดแผล", "<p>ล้างเท้าให้สะอาดหลังลุยน้ำ</p>", topic, Audience.ADULTS));
        library.withdraw(agency, withdrawnDuringOutage, "คำแนะนำเปลี่ยน");
        assertThrows(SearchUnavailableException.class, () -> found("เลปโตสไปโรซิส"), "search answers 503 meanwhile");
        assertTrue(outbox.backlog().pending() >= 2, "the changes wait in the outbox: " + outbox.backlog());
    }

    @Test
    @Order(4)
    @RunAsClient
    void theSearchNodeStartsAgain() throws Exception {
        LocalStackSession.startSearchNode();
    }

    @Test
    @Order(5)
    void theIndexConvergesWithNothingLost() throws Exception {
        long deadline = System.nanoTime() + CONVERGES_WITHIN.toNanos();
        List<String> ids = List.of();
        while (System.nanoTime() < deadline) {
            try {
                ids = found("เลปโตสไปโรซิส");
                if (ids.equals(List.of(publishedDuringOutage.toString())) && outbox.backlog().pending() == 0) {
                    break;
                }
            } catch (SearchUnavailableException stillStarting) {
                // the node is back but the client has not noticed yet
            }
            Thread.sleep(250);
        }
        assertEquals(List.of(publishedDuringOutage.toString()), ids,
                "the item published during the outage is found and the one withdrawn is gone");
        assertEquals(0, outbox.backlog().pending(), "the outbox is empty");
    }
}
