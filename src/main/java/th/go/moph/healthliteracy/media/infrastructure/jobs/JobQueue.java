package th.go.moph.healthliteracy.media.infrastructure.jobs;

import static th.go.moph.healthliteracy.platform.persistence.NativeValues.uuid;

import java.time.Duration;
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
 * The durable media job queue in PostgreSQL. Workers of every portal instance claim with
 * {@code FOR UPDATE SKIP LOCKED}, so each job runs once at a time; a claim is a lease that the worker renews while it
 * works, and a job whose lease ran out (its worker died) is claimed again. Every later write is fenced by owner and
 * attempt number, so a worker that lost its lease can never record a result.
 */
@ApplicationScoped
public class JobQueue {

    /** The job types. */
    public enum Type {
        IMAGE_RENDITIONS, VIDEO_TRANSCODE
    }

    /** A claimed job: which attempt this is, for fencing. */
    public record Claim(UUID jobId, UUID assetId, Type type, int attempt, int maxAttempts, String owner) {
    }

    /** A job as the editor shows it. */
    public record JobState(UUID jobId, String state, int attempts, int progress, String lastError) {
    }

    @PersistenceContext
    EntityManager em;

    @Transactional(TxType.MANDATORY)
    public UUID enqueue(UUID assetId, Type type) {
        // a job not yet started (nor waiting to retry) will see everything there is when it runs; locked, so that a
        // worker cannot take it before this transaction commits what it must see
        List<?> waiting = em.createNativeQuery("select id from media_job where asset_id = ?1 and type = ?2"
                        + " and state = 'QUEUED' and attempts = 0 and next_attempt_at <= now() limit 1 for update")
                .setParameter(1, assetId).setParameter(2, type.name()).getResultList();
        if (!waiting.isEmpty()) {
            return NativeValues.uuid(waiting.get(0));
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into media_job (id, asset_id, type, state, next_attempt_at, created_at, updated_at)"
                        + " values (?1, ?2, ?3, 'QUEUED', now(), now(), now())")
                .setParameter(1, id).setParameter(2, assetId).setParameter(3, type.name()).executeUpdate();
        return id;
    }

    @Transactional(TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public Optional<Claim> claim(String owner, Duration lease) {
        List<Object[]> rows = em.createNativeQuery("update media_job set state = 'RUNNING', attempts = attempts + 1,"
                        + " lease_owner = ?1, lease_expires_at = now() + make_interval(secs => ?2), updated_at = now(),"
                        + " progress = 0"
                        + " where id = (select id from media_job where (state = 'QUEUED' and next_attempt_at <= now())"
                        + " or (state = 'RUNNING' and lease_expires_at < now())"
                        + " order by next_attempt_at limit 1 for update skip locked)"
                        + " returning id, asset_id, type, attempts, max_attempts")
                .setParameter(1, owner).setParameter(2, (double) lease.toSeconds()).getResultList();
        return rows.stream().findFirst().map(r -> new Claim(uuid(r[0]), uuid(r[1]), Type.valueOf((String) r[2]),
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), owner));
    }

    /** Renews the lease; false when the job was cancelled or another worker took it over. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean heartbeat(Claim claim, int progress, Duration lease) {
        return em.createNativeQuery("update media_job set lease_expires_at = now() + make_interval(secs => ?1),"
                        + " progress = ?2, updated_at = now() where id = ?3 and lease_owner = ?4 and attempts = ?5"
                        + " and state = 'RUNNING'")
                .setParameter(1, (double) lease.toSeconds()).setParameter(2, Math.max(0, Math.min(100, progress)))
                .setParameter(3, claim.jobId()).setParameter(4, claim.owner()).setParameter(5, claim.attempt())
                .executeUpdate() == 1;
    }

    /** Marks the job done, in the caller's transaction, if this worker still holds it. */
    @Transactional(TxType.MANDATORY)
    public boolean succeed(Claim claim) {
        return em.createNativeQuery("update media_job set state = 'SUCCEEDED', progress = 100, lease_owner = null,"
                        + " lease_expires_at = null, last_error = null, finished_at = now(), updated_at = now()"
                        + " where id = ?1 and lease_owner = ?2 and attempts = ?3 and state = 'RUNNING'")
                .setParameter(1, claim.jobId()).setParameter(2, claim.owner()).setParameter(3, claim.attempt())
                .executeUpdate() == 1;
    }

    /**
     * Records a failed attempt, in the caller's transaction: queued again after 30 s, 1, 2, 4 … minutes while attempts
     * remain, otherwise failed for good. Returns true when it failed for good.
     */
    @Transactional(TxType.MANDATORY)
    public boolean fail(Claim claim, String error) {
        boolean last = claim.attempt() >= claim.maxAttempts();
        long backoffSeconds = 30L << Math.min(claim.attempt() - 1, 10);
        int updated = em.createNativeQuery("update media_job set state = ?1, last_error = ?2, lease_owner = null,"
                        + " lease_expires_at = null, next_attempt_at = now() + make_interval(secs => ?3),"
                        + " finished_at = case when ?1 = 'FAILED' then now() end, updated_at = now()"
                        + " where id = ?4 and lease_owner = ?5 and attempts = ?6 and state = 'RUNNING'")
                .setParameter(1, last ? "FAILED" : "QUEUED").setParameter(2, error)
                .setParameter(3, (double) backoffSeconds).setParameter(4, claim.jobId())
                .setParameter(5, claim.owner()).setParameter(6, claim.attempt()).executeUpdate();
        return updated == 1 && last;
    }

    @Transactional(TxType.REQUIRED)
    public boolean cancel(UUID jobId) {
        return em.createNativeQuery("update media_job set state = 'CANCELLED', lease_owner = null, finished_at = now(),"
                        + " updated_at = now() where id = ?1 and state in ('QUEUED', 'RUNNING')")
                .setParameter(1, jobId).executeUpdate() == 1;
    }

    @Transactional(TxType.REQUIRED)
    @SuppressWarnings("unchecked")
    public List<JobState> ofAsset(UUID assetId) {
        List<Object[]> rows = em.createNativeQuery("select id, state, attempts, progress, last_error from media_job"
                + " where asset_id = ?1 order by created_at").setParameter(1, assetId).getResultList();
        return rows.stream().map(r -> new JobState(uuid(r[0]), (String) r[1], ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue(), (String) r[4])).toList();
    }
}
