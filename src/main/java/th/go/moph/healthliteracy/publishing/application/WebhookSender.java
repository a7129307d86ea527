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

/** Sends due webhook deliveries on this instance every {@code WEBHOOK_POLL_MS}, one transaction each. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    private static final int PER_TURN = 100;

    @Inject
    WebhookDispatch dispatch;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "WEBHOOK_POLL_MS", defaultValue = "1000")
    long pollMillis;

    private Polling polling;

    @PostConstruct
    void start() {
        polling = Polling.start(scheduler, 2_000, pollMillis, PER_TURN, this::sendSome, LOG, "Webhook delivery");
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.stop();
        }
    }

    /** Up to {@link #PER_TURN} deliveries, one transaction each; returns how many were due. */
    private int sendSome() {
        int sent = 0;
        while (sent < PER_TURN && dispatch.sendOne()) {
            sent++;
        }
        return sent;
    }
}
