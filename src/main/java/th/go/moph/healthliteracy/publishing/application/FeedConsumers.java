package th.go.moph.healthliteracy.publishing.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.audit.application.AuditedRefusals;
import th.go.moph.healthliteracy.identity.application.CurrentActor;
import th.go.moph.healthliteracy.identity.domain.Permission;
import th.go.moph.healthliteracy.platform.secrets.SecretSeal;
import th.go.moph.healthliteracy.publishing.domain.ApiKey;
import th.go.moph.healthliteracy.publishing.domain.FeedConsumer;
import th.go.moph.healthliteracy.publishing.domain.FeedFilter;
import th.go.moph.healthliteracy.publishing.infrastructure.jpa.FeedConsumerRepository;
import th.go.moph.healthliteracy.publishing.infrastructure.jpa.WebhookDeliveries;

/**
 * Administrators register the channels that pull the feed. A key or webhook secret is returned once, to be shown
 * once; the portal keeps only the key's hash and the secret sealed. Every change is on the audit trail (never a key).
 */
@ApplicationScoped
@AuditedRefusals(subject = "feed_consumer")
public class FeedConsumers {

    /** What registration gives back, once. */
    public record Registered(FeedConsumer consumer, String apiKey, String webhookSecret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    FeedConsumerRepository repository;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Inject
    SecretSeal seal;

    @Inject
    WebhookTargets targets;

    @Inject
    ConsumerKeys keys;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    Clock clock;

    public List<FeedConsumer> all() {
        requireAdministrator();
        return repository.all();
    }

    /** {@code view}: feed parameters (lang=th&topic=dengue), empty for all; {@code webhookUrl} may be blank. */
    @Transactional
    public Registered register(String name, String view, int requestsPerMinute, String webhookUrl) {
        requireAdministrator();
        ApiKey key = ApiKey.generate();
        FeedConsumer consumer = FeedConsumer.register(name, FeedFilter.parseQuery(view), requestsPerMinute, key,
                clock.instant());
        String secret = null;
        if (webhookUrl != null && !webhookUrl.isBlank()) {
            secret = newSecret();
            consumer.sendWebhooksTo(targets.check(webhookUrl), seal.seal(secret), clock.instant());
        }
        repository.add(consumer);
        audit.record("FEED_CONSUMER_REGISTERED", Subject.of("feed_consumer", consumer.id()),
                consumer.name() + " (" + key.hint() + ")");
        return new Registered(consumer, key.value(), secret);
    }

    /** A new key; the old one stops working at once on this instance, within a minute on the others. */
    @Transactional
    public String rotateKey(UUID id) {
        requireAdministrator();
        FeedConsumer consumer = find(id);
        ApiKey key = ApiKey.generate();
        consumer.rotateKey(key, clock.instant());
        keys.forgetAll();
        audit.record("FEED_CONSUMER_KEY_ROTATED", Subject.of("feed_consumer", id), key.hint());
        return key.value();
    }

    @Transactional
    public void change(UUID id, String view, int requestsPerMinute) {
        requireAdministrator();
        find(id).change(FeedFilter.parseQuery(view), requestsPerMinute, clock.instant());
        keys.forgetAll();
        audit.record("FEED_CONSUMER_CHANGED", Subject.of("feed_consumer", id), view + " " + requestsPerMinute + "/min");
    }

    /** Sends webhooks to a new address with a new secret (returned once); a blank address stops them. */
    @Transactional
    public String changeWebhook(UUID id, String webhookUrl) {
        requireAdministrator();
        FeedConsumer consumer = find(id);
        String secret = null;
        if (webhookUrl == null || webhookUrl.isBlank()) {
            consumer.sendWebhooksTo(null, null, clock.instant());
        } else {
            secret = newSecret();
            consumer.sendWebhooksTo(targets.check(webhookUrl), seal.seal(secret), clock.instant());
        }
        audit.record("FEED_CONSUMER_WEBHOOK_CHANGED", Subject.of("feed_consumer", id),
                consumer.webhookUrl() == null ? "stopped" : consumer.webhookUrl());
        return secret;
    }

    @Transactional
    public void setActive(UUID id, boolean active) {
        requireAdministrator();
        FeedConsumer consumer = find(id);
        if (active) {
            consumer.reactivate(clock.instant());
        } else {
            consumer.deactivate(clock.instant());
        }
        keys.forgetAll();
        audit.record(active ? "FEED_CONSUMER_REACTIVATED" : "FEED_CONSUMER_DEACTIVATED",
                Subject.of("feed_consumer", id), consumer.name());
    }

    /** The latest deliveries to a consumer's webhook, newest first. */
    public List<WebhookDeliveries.Delivery> deliveries(UUID id, int limit) {
        requireAdministrator();
        return deliveries.latest(id, limit);
    }

    /** Sends a delivery again now, whatever became of it. */
    @Transactional
    public void redeliver(long deliveryId) {
        requireAdministrator();
        WebhookDeliveries.Delivery delivery = deliveries.find(deliveryId)
                .orElseThrow(() -> new IllegalArgumentException("No such delivery: " + deliveryId));
        deliveries.redeliver(deliveryId);
        audit.record("WEBHOOK_REDELIVERY_REQUESTED", Subject.of("feed_consumer", delivery.consumerId()),
                delivery.eventId().toString());
    }

    private FeedConsumer find(UUID id) {
        return repository.find(id).orElseThrow(() -> new IllegalArgumentException("No such feed consumer: " + id));
    }

    private void requireAdministrator() {
        currentActor.get().require(Permission.ADMINISTER_PORTAL, null);
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }
}
