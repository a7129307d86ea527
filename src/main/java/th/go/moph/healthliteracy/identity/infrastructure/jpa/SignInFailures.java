package th.go.moph.healthliteracy.identity.infrastructure.jpa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import th.go.moph.healthliteracy.identity.domain.SignInThrottle;
import th.go.moph.healthliteracy.platform.persistence.NativeValues;

/**
 * The failed sign-ins the throttle counts ({@code sign_in_throttle}), shared by every instance: each failure is one
 * atomic upsert, so two instances counting at once never lose one.
 */
@ApplicationScoped
public class SignInFailures {

    @PersistenceContext
    EntityManager em;

    /**
     * Makes attempts on {@code key} take turns until the transaction ends, on every instance: each sees the failures
     * counted before it, so a burst of parallel guesses gets no further than guesses one after another.
     */
    @Transactional(TxType.MANDATORY)
    public void takeTurn(String key) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, key).getResultList();
    }

    /** Until when {@code key} is blocked, if it is at {@code now}. */
    @Transactional
    public Optional<Instant> blockedUntil(String key, Instant now) {
        List<?> rows = em.createNativeQuery("select blocked_until from sign_in_throttle where throttle_key = ?1"
                + " and blocked_until > ?2").setParameter(1, key).setParameter(2, NativeValues.timestamp(now))
                .getResultList();
        return rows.stream().findFirst().map(NativeValues::instant);
    }

    /**
     * Counts one failure for {@code key} (starting a new window when the last one is over) and returns the count in
     * the window.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int count(String key, SignInThrottle throttle, Instant now) {
        Instant windowStart = now.minus(throttle.window());
        Number failures = (Number) em.createNativeQuery("insert into sign_in_throttle (throttle_key, failures,"
                        + " window_started_at) values (?1, 1, ?2) on conflict (throttle_key) do update set"
                        + " failures = case when sign_in_throttle.window_started_at <= ?3 then 1"
                        + " else sign_in_throttle.failures + 1 end,"
                        + " window_started_at = case when sign_in_throttle.window_started_at <= ?3 then ?2"
                        + " else sign_in_throttle.window_started_at end returning failures")
                .setParameter(1, key).setParameter(2, NativeValues.timestamp(now))
                .setParameter(3, NativeValues.timestamp(windowStart)).getSingleResult();
        return failures.intValue();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void block(String key, Instant until) {
        em.createNativeQuery("update sign_in_throttle set blocked_until = greatest(coalesce(blocked_until, ?2), ?2)"
                + " where throttle_key = ?1").setParameter(1, key).setParameter(2, NativeValues.timestamp(until))
                .executeUpdate();
    }

    @Transactional(TxType.MANDATORY)
    public void clear(String key) {
        em.createNativeQuery("delete from sign_in_throttle where throttle_key = ?1").setParameter(1, key)
                .executeUpdate();
    }

    /** Forgets windows long over; returns how many rows went. */
    @Transactional(TxType.REQUIRES_NEW)
    public int forgetBefore(Instant before) {
        return em.createNativeQuery("delete from sign_in_throttle where window_started_at < ?1"
                + " and (blocked_until is null or blocked_until < ?1)").setParameter(1, NativeValues.timestamp(before))
                .executeUpdate();
    }
}
