package th.go.moph.healthliteracy.search.infrastructure.jpa;

import static th.go.moph.healthliteracy.platform.persistence.NativeValues.instant;
import static th.go.moph.healthliteracy.platform.persistence.NativeValues.uuid;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import th.go.moph.healthliteracy.platform.persistence.NativeValues;

/**
 * The search outbox ({@code search_outbox}): rows are written by the database in the transaction that changes an item;
 * the delivery claims due rows with {@code FOR UPDATE SKIP LOCKED} (so several portal instances share the work and
 * never deliver the same row at once), and deletes them once Elasticsearch has the item, or pushes them back with
 * backoff when it has not.
 */
@ApplicationScoped
public class SearchOutbox {

    /** A claimed row. */
    public record Entry(long id, UUID itemId, int attempts) {
    }

    /** How far behind the index is. */
    public record Backlog(long pending, long failing, Optional<Instant> oldest, Optional<String> lastError) {

        /** How old the oldest change not yet in the index is at {@code now}: zero when the index is up to date. */
        public java.time.Duration lag(Instant now) {
            return oldest.map(o -> java.time.Duration.between(o, now)).orElse(java.time.Duration.ZERO);
        }
    }

    @PersistenceContext
    EntityManager em;

    /** Claims up to {@code limit} due rows, oldest first; the claim holds until the caller's transaction ends. */
    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Entry> claimDue(int limit) {
        List<Object[]> rows = em.createNativeQuery("select id, item_id, attempts from search_outbox"
                        + " where next_attempt_at <= clock_timestamp() order by id limit ?1 for update skip locked")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new Entry(((Number) r[0]).longValue(), uuid(r[1]), ((Number) r[2]).intValue()))
                .toList();
    }

    @Transactional(TxType.MANDATORY)
    public void delivered(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("delete from search_outbox where id = any(?1)")
                    .setParameter(1, ids.toArray(Long[]::new)).executeUpdate();
        }
    }

    /** Pushes the rows back: tried again after 1, 2, 4 … seconds, at most {@code maxBackoff} apart. */
    @Transactional(TxType.MANDATORY)
    public void retryLater(Entry entry, String error, Duration maxBackoff) {
        long seconds = Math.min(maxBackoff.toSeconds(), 1L << Math.min(entry.attempts(), 20));
        em.createNativeQuery("update search_outbox set attempts = attempts + 1, last_error = ?1,"
                        + " next_attempt_at = clock_timestamp() + make_interval(secs => ?2) where id = ?3")
                .setParameter(1, error.length() > 2000 ? error.substring(0, 2000) : error)
                .setParameter(2, (double) seconds).setParameter(3, entry.id()).executeUpdate();
    }

    /** Asks for these items to be delivered again (e.g. their review date lapsed: they now rank last). */
    @Transactional(TxType.MANDATORY)
    public int enqueueReviewLapsedBetween(LocalDate fromInclusive, LocalDate toExclusive) {
        return em.createNativeQuery("insert into search_outbox (item_id) select id from content_item"
                        + " where status = 'PUBLISHED' and next_review_due >= ?1 and next_review_due < ?2")
                .setParameter(1, fromInclusive).setParameter(2, toExclusive).executeUpdate();
    }

    /** The day through which review lapses have been sent to the index. */
    @Transactional(TxType.MANDATORY)
    public LocalDate reviewSweptThrough() {
        Object value = em.createNativeQuery("select swept_through from search_review_sweep where id = 1 for update")
                .getSingleResult();
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    @Transactional(TxType.MANDATORY)
    public void reviewSwept(LocalDate through) {
        em.createNativeQuery("update search_review_sweep set swept_through = ?1 where id = 1")
                .setParameter(1, through).executeUpdate();
    }

    @Transactional(TxType.REQUIRED)
    public Backlog backlog() {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), count(*) filter (where attempts > 0),"
                + " min(enqueued_at), (select last_error from search_outbox where last_error is not null"
                + " order by id desc limit 1) from search_outbox").getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                Optional.ofNullable(row[2]).map(NativeValues::instant), Optional.ofNullable((String) row[3]));
    }
}
