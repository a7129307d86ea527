package th.go.moph.healthliteracy.search.application;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

import th.go.moph.healthliteracy.search.infrastructure.jpa.SearchOutbox;

/**
 * Search gauges for MicroProfile Metrics ({@code /metrics}): how many changes wait for the index and how old the
 * oldest one is — the lag between what is published and what search finds. Registered at start-up; errors are
 * counted where they happen ({@link SearchErrors}).
 */
@ApplicationScoped
public class SearchMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    SearchOutbox outbox;

    @Inject
    Clock clock;

    void register(@Observes Startup startup) {
        registry.gauge(Metadata.builder().withName("search_outbox_pending")
                .withDescription("Item changes waiting to be written to the search index").build(),
                outbox, o -> o.backlog().pending());
        registry.gauge(Metadata.builder().withName("search_outbox_lag").withUnit(MetricUnits.SECONDS)
                .withDescription("Age of the oldest item change not yet in the search index (0 when up to date)")
                .build(), outbox, o -> o.backlog().lag(clock.instant()).toSeconds());
    }
}
