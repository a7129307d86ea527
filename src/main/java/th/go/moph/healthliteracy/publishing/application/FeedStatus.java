package th.go.moph.healthliteracy.publishing.application;

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
 * The feed and its webhooks, for operators: changes not yet sequenced into the feed and how old the oldest is, the
 * feed's last position, webhook deliveries waiting and failed — as gauges ({@code feed_changes_pending},
 * {@code feed_changes_lag}, {@code webhook_deliveries_pending}, {@code webhook_deliveries_oldest_pending_age},
 * {@code webhook_deliveries_failed}) and on the system-status page.
 */
@ApplicationScoped
public class FeedStatus implements StatusSection {

    @PersistenceContext
    EntityManager em;

    @Inject
    MetricRegistry registry;

    /** The feed and webhooks now. */
    public record State(long changesPending, long changesLagSeconds, long lastPosition, long webhooksPending,
            long oldestWebhookSeconds, long webhooksFailed) {
    }

    @Inject
    FeedStatus self;

    private final Recent<State> recent = new Recent<>(Duration.ofSeconds(10), () -> self.read());

    /** The feed and webhooks, read at most every ten seconds. */
    public State state() {
        return recent.get();
    }

    @Transactional
    public State read() {
        Object[] row = (Object[]) em.createNativeQuery("select (select count(*) from feed_change),"
                + " coalesce((select extract(epoch from now() - min(enqueued_at)) from feed_change), 0),"
                + " (select last from feed_position where id = 1),"
                + " (select count(*) from webhook_delivery where state = 'PENDING'),"
                + " coalesce((select extract(epoch from now() - min(created_at)) from webhook_delivery"
                + " where state = 'PENDING'), 0),"
                + " (select count(*) from webhook_delivery where state = 'FAILED')").getSingleResult();
        return new State(number(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4]),
                number(row[5]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    void register(@Observes Startup startup) {
        registry.gauge(Metadata.builder().withName("feed_changes_pending")
                .withDescription("Published changes not yet sequenced into the GovChannel feed").build(),
                self, s -> s.state().changesPending());
        registry.gauge(Metadata.builder().withName("feed_changes_lag").withUnit(MetricUnits.SECONDS)
                .withDescription("Age of the oldest change not yet in the feed (0 when up to date)").build(),
                self, s -> s.state().changesLagSeconds());
        registry.gauge(Metadata.builder().withName("webhook_deliveries_pending")
                .withDescription("Webhook deliveries waiting (first attempt or a retry)").build(),
                self, s -> s.state().webhooksPending());
        registry.gauge(Metadata.builder().withName("webhook_deliveries_oldest_pending_age")
                .withUnit(MetricUnits.SECONDS).withDescription("Age of the oldest webhook delivery still waiting")
                .build(), self, s -> s.state().oldestWebhookSeconds());
        registry.gauge(Metadata.builder().withName("webhook_deliveries_failed")
                .withDescription("Webhook deliveries given up after every retry").build(),
                self, s -> s.state().webhooksFailed());
    }

    @Override
    public String title() {
        return "status.feed";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<Fact> facts() {
        State state = state();
        return List.of(Fact.ok("status.feedPosition", state.lastPosition()),
                Fact.judged("status.feedPending", state.changesPending() + " · " + state.changesLagSeconds() + " s",
                        state.changesLagSeconds() > 10, state.changesLagSeconds() > 300),
                Fact.judged("status.webhooksPending", state.webhooksPending() + " · " + state.oldestWebhookSeconds()
                        + " s", state.oldestWebhookSeconds() > 600, false),
                Fact.judged("status.webhooksFailed", state.webhooksFailed(), state.webhooksFailed() > 0, false));
    }
}
