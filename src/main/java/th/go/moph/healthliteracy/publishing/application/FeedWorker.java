package th.go.moph.healthliteracy.publishing.application;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sequences the feed on this instance every {@code FEED_POLL_MS}: committed changes get their positions (several
 * instances take turns at the counter's lock), and the feed's head, which answers revalidations, is refreshed.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedWorker {

    private static final Logger LOG = Logger.getLogger(FeedWorker.class.getName());
    private static final int BATCH = 200;

    @Inject
    FeedSequencer sequencer;

    @Inject
    GovChannelFeed feed;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "FEED_POLL_MS", defaultValue = "250")
    long pollMillis;

    private ScheduledFuture<?> ticking;

    @PostConstruct
    void start() {
        ticking = scheduler.scheduleWithFixedDelay(this::tick, 500, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    private void tick() {
        try {
            while (sequencer.sequenceWaiting(BATCH) == BATCH) {
                // a full batch: more may be waiting
            }
            feed.refreshHead();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Feed sequencing failed; will retry", e);
        }
    }
}
