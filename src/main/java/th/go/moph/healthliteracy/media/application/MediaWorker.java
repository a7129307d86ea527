package th.go.moph.healthliteracy.media.application;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import th.go.moph.healthliteracy.media.infrastructure.ffmpeg.FfmpegRun;
import th.go.moph.healthliteracy.media.infrastructure.jobs.JobQueue;

/**
 * Runs media jobs on this instance: every few seconds it claims jobs up to {@code MEDIA_WORKERS} at once (default 1 on
 * a 2-core machine: parallel encodes run out of memory and time), renews each lease while the job runs, and stops the
 * job's ffmpeg when the job is cancelled or its lease is lost.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MediaWorker {

    private static final Logger LOG = Logger.getLogger(MediaWorker.class.getName());

    @Inject
    JobQueue jobs;

    @Inject
    MediaProcessing processing;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "MEDIA_WORKERS", defaultValue = "1")
    int workers;

    /** How long a claim holds without renewal; renewed every quarter of it. */
    @Inject
    @ConfigProperty(name = "MEDIA_JOB_LEASE_SECONDS", defaultValue = "60")
    int leaseSeconds;

    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final AtomicInteger running = new AtomicInteger();
    private final Map<UUID, FfmpegRun> runs = new ConcurrentHashMap<>();

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    public void claimWork() {
        while (running.get() < workers) {
            Optional<JobQueue.Claim> claim;
            try {
                claim = jobs.claim(owner, Duration.ofSeconds(leaseSeconds));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not claim media jobs", e);
                return;
            }
            if (claim.isEmpty()) {
                return;
            }
            running.incrementAndGet();
            executor.submit(() -> run(claim.get()));
        }
    }

    private void run(JobQueue.Claim claim) {
        FfmpegRun run = new FfmpegRun();
        runs.put(claim.jobId(), run);
        AtomicInteger progress = new AtomicInteger();
        ScheduledFuture<?> heartbeat = scheduler.scheduleAtFixedRate(() -> {
            if (!jobs.heartbeat(claim, progress.get(), Duration.ofSeconds(leaseSeconds))) {
                LOG.info(() -> "Media job " + claim.jobId() + " was cancelled or taken over; stopping it here");
                run.stop();
            }
        }, Math.max(1, leaseSeconds / 4), Math.max(1, leaseSeconds / 4), TimeUnit.SECONDS);
        try {
            LOG.info(() -> "Media job " + claim.jobId() + " (" + claim.type() + ") attempt " + claim.attempt());
            boolean recorded = processing.process(claim, run, progress::set);
            LOG.info(() -> "Media job " + claim.jobId() + (recorded ? " finished" : " did not finish"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Media job " + claim.jobId() + " broke", e);
        } finally {
            heartbeat.cancel(false);
            runs.remove(claim.jobId());
            running.decrementAndGet();
        }
    }

    /** Shutting down: stop the encodes; their leases run out and another instance (or the next start) takes over. */
    @PreDestroy
    void stopRunningJobs() {
        runs.values().forEach(FfmpegRun::stop);
    }
}
