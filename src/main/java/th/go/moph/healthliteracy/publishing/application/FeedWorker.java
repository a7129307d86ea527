package th.go.moph.healthliteracy.publishing.application;

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

import th.go.moph.healthliteracy.platform.scheduling.Polling;

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

    private Polling polling;

    @PostConstruct
    void start() {
        polling = Polling.start(scheduler, 500, pollMillis, BATCH, this::sequence, LOG, "Feed sequencing");
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.stop();
        }
    }

    /** One batch; the head that answers revalidations is refreshed once nothing more waits. */
    private int sequence() {
        int taken = sequencer.sequenceWaiting(BATCH);
        if (taken < BATCH) {
            feed.refreshHead();
        }
        return taken;
    }
}
