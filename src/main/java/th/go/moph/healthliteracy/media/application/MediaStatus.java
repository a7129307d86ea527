package th.go.moph.healthliteracy.media.application;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

import th.go.moph.healthliteracy.platform.status.Recent;
import th.go.moph.healthliteracy.platform.status.StatusSection;

/**
 * The transcoding queue, for operators: as gauges of MicroProfile Metrics ({@code media_jobs_queued},
 * {@code media_jobs_running}, {@code media_jobs_oldest_queued_age}, {@code media_jobs_failed_last_day}) and on the
 * system-status page, with the media store in use.
 */
@ApplicationScoped
public class MediaStatus implements StatusSection {

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaStore store;

    @Inject
    MetricRegistry registry;

    /** The queue now: jobs waiting and running, the age of the oldest waiting one, failures in the last day. */
    public record Queue(long queued, long running, long oldestQueuedSeconds, long failedLastDay) {
    }

    @Inject
    MediaStatus self;

    private final Recent<Queue> recent = new Recent<>(Duration.ofSeconds(10), () -> self.read());

    /** The queue, read at most every ten seconds. */
    public Queue queue() {
        return recent.get();
    }

    @Transactional
    public Queue read() {
        Object[] row = (Object[]) em.createNativeQuery("select count(*) filter (where state = 'QUEUED'),"
                + " count(*) filter (where state = 'RUNNING'),"
                + " coalesce(extract(epoch from now() - min(created_at) filter (where state = 'QUEUED')), 0),"
                + " (select count(*) from media_job where state = 'FAILED' and finished_at > now() - interval '1 day')"
                + " from media_job where state in ('QUEUED', 'RUNNING')").getSingleResult();
        return new Queue(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue());
    }

    void register(@Observes Startup startup) {
        registry.gauge(Metadata.builder().withName("media_jobs_queued")
                .withDescription("Media jobs (renditions, transcodes) waiting for a worker").build(),
                self, s -> s.queue().queued());
        registry.gauge(Metadata.builder().withName("media_jobs_running")
                .withDescription("Media jobs a worker is running").build(), self, s -> s.queue().running());
        registry.gauge(Metadata.builder().withName("media_jobs_oldest_queued_age").withUnit(MetricUnits.SECONDS)
                .withDescription("How long the oldest waiting media job has waited").build(),
                self, s -> s.queue().oldestQueuedSeconds());
        registry.gauge(Metadata.builder().withName("media_jobs_failed_last_day")
                .withDescription("Media jobs that failed for good in the last 24 hours").build(),
                self, s -> s.queue().failedLastDay());
    }

    @Override
    public String title() {
        return "status.media";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Fact> facts() {
        Queue queue = queue();
        return List.of(Fact.ok("status.mediaStore", store.description()),
                Fact.judged("status.jobsQueued", queue.queued(), queue.queued() > 50, false),
                Fact.ok("status.jobsRunning", queue.running()),
                Fact.judged("status.oldestQueued", queue.oldestQueuedSeconds() + " s",
                        queue.oldestQueuedSeconds() > 600, queue.oldestQueuedSeconds() > 3600),
                Fact.judged("status.jobsFailed", queue.failedLastDay(), queue.failedLastDay() > 0, false));
    }
}
