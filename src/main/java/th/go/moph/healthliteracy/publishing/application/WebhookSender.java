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

/** Sends due webhook deliveries on this instance every {@code WEBHOOK_POLL_MS}, one transaction each. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    private static final int PER_TICK = 100;

    @Inject
    WebhookDispatch dispatch;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "WEBHOOK_POLL_MS", defaultValue = "1000")
    long pollMillis;

    private ScheduledFuture<?> ticking;

    @PostConstruct
    void start() {
        ticking = scheduler.scheduleWithFixedDelay(this::tick, 2_000, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    private void tick() {
        try {
            for (int i = 0; i < PER_TICK && dispatch.sendOne(); i++) {
                // next due delivery
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook delivery failed; will retry", e);
        }
    }
}
