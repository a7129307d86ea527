package th.go.moph.healthliteracy.publishing.infrastructure.jpa;

import static th.go.moph.healthliteracy.platform.persistence.NativeValues.instant;
import static th.go.moph.healthliteracy.platform.persistence.NativeValues.uuid;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The webhook outbox ({@code webhook_delivery}): events are added by the feed sequencer; the sender claims due ones
 * with {@code FOR UPDATE SKIP LOCKED} (instances share the work, never send the same one at once) and records each
 * attempt's outcome.
 */
@ApplicationScoped
public class WebhookDeliveries {

    private static final String COLUMNS = "id, event_id, consumer_id, event_type, item_id, payload, state, attempts,"
            + " last_status, last_error, created_at, delivered_at, next_attempt_at";

    /** One event for one consumer, and what became of it. */
    public record Delivery(long id, UUID eventId, UUID consumerId, String eventType, UUID itemId, String payload,
            String state, int attempts, Integer lastStatus, String lastError, Instant createdAt, Instant deliveredAt,
            Instant nextAttemptAt) {
    }

    @PersistenceContext
    EntityManager em;

    /** Adds an event for every active consumer with a webhook whose view held, or holds, the item. */
    @Transactional(TxType.MANDATORY)
    public void add(UUID consumerId, String eventType, UUID itemId, long position, String payload, UUID eventId) {
        em.createNativeQuery("insert into webhook_delivery (event_id, consumer_id, event_type, item_id, position,"
                        + " payload) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, eventId).setParameter(2, consumerId).setParameter(3, eventType)
                .setParameter(4, itemId).setParameter(5, position).setParameter(6, payload).executeUpdate();
    }

    /**
     * Leases the oldest due delivery for {@code lease}, in a transaction of its own: no other instance takes it
     * until the lease runs out (so the request to the receiver runs outside any transaction, and a crash mid-send only
     * means it is sent again, which at-least-once delivery allows).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Delivery> leaseDue(Duration lease) {
        return deliveries(em.createNativeQuery("update webhook_delivery set next_attempt_at = clock_timestamp()"
                + " + make_interval(secs => ?1) where id = (select id from webhook_delivery where state = 'PENDING'"
                + " and next_attempt_at <= clock_timestamp() order by id limit 1 for update skip locked)"
                + " returning " + COLUMNS).setParameter(1, (double) lease.toSeconds()).getResultList())
                .stream().findFirst();
    }

    @Transactional
    public void delivered(long id, int status) {
        em.createNativeQuery("update webhook_delivery set state = 'DELIVERED', attempts = attempts + 1,"
                        + " last_status = ?1, last_error = null, delivered_at = clock_timestamp() where id = ?2")
                .setParameter(1, status).setParameter(2, id).executeUpdate();
    }

    /** An attempt failed: tried again after {@code wait}, or given up ({@code FAILED}) when {@code wait} is null. */
    @Transactional
    public void failed(long id, Integer status, String error, Duration wait) {
        em.createNativeQuery("update webhook_delivery set attempts = attempts + 1, last_status = ?1, last_error = ?2,"
                        + " state = case when ?3 < 0 then 'FAILED' else 'PENDING' end,"
                        + " next_attempt_at = clock_timestamp() + make_interval(secs => greatest(?3, 0)) where id = ?4")
                .setParameter(1, status).setParameter(2, error.length() > 1000 ? error.substring(0, 1000) : error)
                .setParameter(3, wait == null ? -1.0 : (double) wait.toSeconds()).setParameter(4, id).executeUpdate();
    }

    @Transactional(TxType.MANDATORY)
    public void redeliver(long id) {
        em.createNativeQuery("update webhook_delivery set state = 'PENDING', next_attempt_at = clock_timestamp()"
                + " where id = ?1").setParameter(1, id).executeUpdate();
    }

    @Transactional
    public Optional<Delivery> find(long id) {
        return deliveries(em.createNativeQuery("select " + COLUMNS + " from webhook_delivery where id = ?1")
                .setParameter(1, id).getResultList()).stream().findFirst();
    }

    @Transactional
    public List<Delivery> latest(UUID consumerId, int limit) {
        return deliveries(em.createNativeQuery("select " + COLUMNS + " from webhook_delivery where consumer_id = ?1"
                + " order by id desc limit ?2").setParameter(1, consumerId).setParameter(2, limit).getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<Delivery> deliveries(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(r -> new Delivery(((Number) r[0]).longValue(), uuid(r[1]),
                uuid(r[2]), (String) r[3], uuid(r[4]), (String) r[5], (String) r[6], ((Number) r[7]).intValue(),
                r[8] == null ? null : ((Number) r[8]).intValue(), (String) r[9], instant(r[10]), instant(r[11]),
                instant(r[12]))).toList();
    }
}
