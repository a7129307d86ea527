package th.go.moph.healthliteracy.publishing.application;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import th.go.moph.healthliteracy.platform.secrets.SecretSeal;
import th.go.moph.healthliteracy.publishing.domain.FeedConsumer;
import th.go.moph.healthliteracy.publishing.domain.WebhookSignature;
import th.go.moph.healthliteracy.publishing.infrastructure.jpa.FeedConsumerRepository;
import th.go.moph.healthliteracy.publishing.infrastructure.jpa.WebhookDeliveries;

/**
 * Sends one due webhook delivery: leased in a short transaction (no other instance sends it meanwhile), signed,
 * posted outside any transaction (no redirects followed, so a public address cannot bounce the portal to an internal
 * one), and its outcome recorded in another short transaction. A failure is retried after 30 s, 1, 2, 4 … minutes (at most an hour apart) until 24 hours have
 * passed since the event; then it is marked failed, and an administrator can send it again from the delivery log.
 */
@ApplicationScoped
public class WebhookDispatch {

    static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
    private static final Duration MAX_WAIT = Duration.ofHours(1);
    /** Longer than a send can take (5 s to connect, 10 s to answer). */
    private static final Duration LEASE = Duration.ofSeconds(60);

    @Inject
    FeedConsumerRepository repository;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    WebhookTargets targets;

    @Inject
    SecretSeal seal;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "WEBHOOK_RETRY_BASE_SECONDS", defaultValue = "30")
    long retryBaseSeconds;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    /** Sends the oldest due delivery; returns whether there was one. */
    public boolean sendOne() {
        Optional<WebhookDeliveries.Delivery> due = deliveries.leaseDue(LEASE);
        if (due.isEmpty()) {
            return false;
        }
        WebhookDeliveries.Delivery delivery = due.get();
        FeedConsumer consumer = repository.find(delivery.consumerId()).orElse(null);
        if (consumer == null || !consumer.active() || consumer.webhookUrl() == null) {
            deliveries.failed(delivery.id(), null, "the consumer no longer receives webhooks", null);
            return true;
        }
        try {
            URI target = targets.check(consumer.webhookUrl());
            long timestamp = clock.instant().getEpochSecond();
            String secret = seal.open(consumer.sealedWebhookSecret());
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "HealthLiteracyPortal-Webhooks/1")
                    .header("webhook-id", delivery.eventId().toString())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(secret, delivery.eventId().toString(), timestamp,
                            delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                deliveries.delivered(delivery.id(), response.statusCode());
            } else {
                deliveries.failed(delivery.id(), response.statusCode(), "answered " + response.statusCode(),
                        nextWait(delivery));
            }
        } catch (IOException | WebhookTargets.RefusedTargetException e) {
            deliveries.failed(delivery.id(), null, e.getClass().getSimpleName() + ": " + e.getMessage(),
                    nextWait(delivery));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deliveries.failed(delivery.id(), null, "interrupted", nextWait(delivery));
        }
        return true;
    }

    /** The wait before the next attempt, or null when the next one would fall after the 24 hours. */
    private Duration nextWait(WebhookDeliveries.Delivery delivery) {
        long seconds = retryBaseSeconds << Math.min(delivery.attempts(), 20);
        Duration wait = seconds > MAX_WAIT.toSeconds() || seconds < 0 ? MAX_WAIT : Duration.ofSeconds(seconds);
        Instant next = clock.instant().plus(wait);
        return next.isAfter(delivery.createdAt().plus(GIVE_UP_AFTER)) ? null : wait;
    }
}
