package th.go.moph.healthliteracy.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.sun.net.httpserver.HttpServer;

import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.publishing.application.FeedConsumers;
import th.go.moph.healthliteracy.publishing.application.WebhookTargets;
import th.go.moph.healthliteracy.publishing.domain.WebhookSignature;
import th.go.moph.healthliteracy.publishing.infrastructure.jpa.WebhookDeliveries;
import th.go.moph.healthliteracy.testing.ActingAs;
import th.go.moph.healthliteracy.testing.Await;
import th.go.moph.healthliteracy.testing.ContentLibrary;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/**
 * Webhooks against a real receiver on this machine: events for publication, revision and withdrawal arrive signed
 * (changes made faster than the feed is sequenced arrive as one event with the latest state)
 * so the receiver can verify them, failures are retried with backoff until delivered, the delivery log says what
 * happened, an administrator can send one again, and internal addresses are refused.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookIT {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ContentLibrary library;

    @Inject
    FeedConsumers consumers;

    @Inject
    ActingAs acting;

    /** A receiver that checks every signature and answers 500 to the first {@code failures} requests. */
    private static final class Receiver implements AutoCloseable {
        final List<JsonObject> events = new CopyOnWriteArrayList<>();
        final List<String> badSignatures = new CopyOnWriteArrayList<>();
        final AtomicInteger requests = new AtomicInteger();
        private final HttpServer server;
        private volatile String secret;

        Receiver(int failures) throws Exception {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                long timestamp = Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp"));
                String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
                int status;
                if (requests.incrementAndGet() <= failures) {
                    status = 500;
                } else if (!WebhookSignature.verify(secret, id, timestamp, body, signature)
                        || Math.abs(Instant.now().getEpochSecond() - timestamp) > 300) {
                    badSignatures.add(id);
                    status = 400;
                } else {
                    JsonObject event = Json.createReader(new StringReader(body)).readObject();
                    assertEquals(id, event.getString("id"));
                    events.add(event);
                    status = 204;
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        List<JsonObject> of(UUID item) {
            return events.stream().filter(e -> e.getJsonObject("data").getString("id").equals(item.toString()))
                    .toList();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private void asAdministrator() {
        acting.become(fixtures.account(fixtures.agency("Webhook Admin Agency"), Role.SYSTEM_ADMIN,
                GrantScope.ALL_AGENCIES));
    }

    @Test
    void publicationRevisionAndWithdrawalArriveSignedAndLogged() throws Exception {
        Agency agency = fixtures.agency("Webhook Agency");
        String topic = fixtures.topic("rabies", "โรคพิษสุนัขบ้า", "Rabies");
        try (Receiver receiver = new Receiver(0)) {
            asAdministrator();
            FeedConsumers.Registered registered = consumers.register("Webhook channel " + UUID.randomUUID(),
                    "lang=th", 1000, receiver.url());
            receiver.secret = registered.webhookSecret();
            try {
                UUID item = library.published(agency, "th", ContentLibrary.article("หมากัดต้องล้างแผลทันที",
                        "ล้างแผลด้วยน้ำสะอาดและสบู่", "<p>ล้างแผลนาน 15 นาที แล้วไปพบแพทย์</p>", topic, Audience.ADULTS));
                await(() -> receiver.of(item).size() == 1, "the publication event");
                library.revise(agency, item, 1, ContentLibrary.article("หมากัดต้องล้างแผลทันที (ปรับปรุง)",
                        "ล้างแผลด้วยน้ำสะอาดและสบู่", "<p>ล้างแผลนาน 15 นาที แล้วไปพบแพทย์</p>", topic, Audience.ADULTS));
                await(() -> receiver.of(item).size() == 2, "the revision event");
                library.withdraw(agency, item, "ทดสอบการถอน");
                await(() -> receiver.of(item).size() == 3, "the withdrawal event");
                List<JsonObject> events = receiver.of(item);
                assertEquals(List.of("content.published", "content.updated", "content.withdrawn"),
                        events.stream().map(e -> e.getString("type")).toList());
                assertEquals("หมากัดต้องล้างแผลทันที (ปรับปรุง)",
                        events.get(1).getJsonObject("data").getJsonObject("item").getString("title"));
                assertEquals("withdrawn", events.get(2).getJsonObject("data").getString("reason"));
                assertEquals(List.of(), receiver.badSignatures);

                asAdministrator();
                List<WebhookDeliveries.Delivery> log = consumers.deliveries(registered.consumer().id(), 50).stream()
                        .filter(d -> d.itemId().equals(item)).toList();
                assertEquals(3, log.size());
                assertTrue(log.stream().allMatch(d -> d.state().equals("DELIVERED") && d.lastStatus() == 204
                        && d.attempts() == 1), log.toString());
            } finally {
                asAdministrator();
                consumers.setActive(registered.consumer().id(), false);
            }
        }
    }

    @Test
    void failuresAreRetriedUntilDeliveredAndAnAdministratorCanSendOneAgain() throws Exception {
        Agency agency = fixtures.agency("Webhook Retry Agency");
        String topic = fixtures.topic("rabies", "โรคพิษสุนัขบ้า", "Rabies");
        try (Receiver receiver = new Receiver(2)) {
            asAdministrator();
            FeedConsumers.Registered registered = consumers.register("Retry channel " + UUID.randomUUID(), "",
                    1000, receiver.url());
            receiver.secret = registered.webhookSecret();
            try {
                UUID item = library.published(agency, "th", ContentLibrary.article("ฉีดวัคซีนพิษสุนัขบ้าให้ครบ",
                        "ครบทุกเข็มตามนัด", "<p>ฉีดวัคซีนให้ครบตามนัด</p>", topic, Audience.ADULTS));
                await(() -> receiver.of(item).size() == 1, "delivery after two failures");
                asAdministrator();
                WebhookDeliveries.Delivery delivery = consumers.deliveries(registered.consumer().id(), 50).stream()
                        .filter(d -> d.itemId().equals(item)).findFirst().orElseThrow();
                assertEquals("DELIVERED", delivery.state());
                assertEquals(3, delivery.attempts(), "two 500s, then delivered");

                consumers.redeliver(delivery.id());
                await(() -> receiver.of(item).size() == 2, "the redelivery");
                assertEquals(receiver.of(item).get(0).getString("id"), receiver.of(item).get(1).getString("id"),
                        "a redelivery carries the same event id, so the receiver can drop it");
            } finally {
                asAdministrator();
                consumers.setActive(registered.consumer().id(), false);
            }
        }
    }

    @Test
    void internalAddressesAreRefused() {
        asAdministrator();
        for (String target : List.of("http://127.0.0.2/hook", "http://10.1.2.3/hook", "http://169.254.169.254/latest",
                "http://192.168.1.1/", "http://[::1]/hook", "ftp://example.org/hook", "http://user:pw@example.org/",
                "not a url")) {
            assertThrows(WebhookTargets.RefusedTargetException.class,
                    () -> consumers.register("Bad target " + UUID.randomUUID(), "", 60, target), target);
        }
    }

    private static void await(Await.Condition condition, String what) throws Exception {
        Await.until(condition, WITHIN, what);
    }
}
