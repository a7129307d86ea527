package th.go.moph.healthliteracy.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** Counts Elasticsearch errors for MicroProfile Metrics: {@code search_errors_total{during="query|delivery"}}. */
@ApplicationScoped
public class SearchErrors {

    @Inject
    MetricRegistry registry;

    void query() {
        registry.counter("search_errors", new Tag("during", "query")).inc();
    }

    void delivery() {
        registry.counter("search_errors", new Tag("during", "delivery")).inc();
    }
}
