package th.go.moph.healthliteracy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;
import th.go.moph.healthliteracy.testing.StaffHttpClient;

/**
 * What operators watch: the system-status page (a section per context, for system administrators only) and the
 * MicroProfile Metrics behind it — request latency by part of the portal, the transcoding queue, feed and webhook lag,
 * search lag and errors.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class SystemStatusIT {

    private static final String PASSWORD = "status of the whole portal 5";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    Fixtures fixtures;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void anOperatorAndAnAgencysAdministrator() {
        var agency = fixtures.agency("Operations");
        fixtures.accountWithPassword(agency, "status.operator", "ผู้ดูแลระบบ", PASSWORD, Role.SYSTEM_ADMIN,
                GrantScope.ALL_AGENCIES);
        fixtures.accountWithPassword(agency, "status.agency", "ผู้ดูแลหน่วยงาน", PASSWORD, Role.AGENCY_ADMIN,
                GrantScope.OWN_AGENCY);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theStatusPageShowsEveryContextToSystemAdministratorsOnly() throws Exception {
        StaffHttpClient operator = new StaffHttpClient(base, "198.51.100.91");
        assertEquals("signed in", operator.signIn("status.operator", PASSWORD));
        HttpResponse<String> page = operator.get("admin/status.xhtml?lang=en");
        assertEquals(200, page.statusCode(), page.body());
        for (String expected : List.of("Platform", "Media and transcoding", "Search", "Feed and webhooks",
                "Jobs waiting", "Elasticsearch cluster", "Webhooks waiting", "Free space of the data folder")) {
            assertTrue(page.body().contains(expected), expected + " in\n" + page.body());
        }
        assertTrue(page.body().matches("(?s).*schema 1\\d.*"), "the database's schema version");

        StaffHttpClient agencyAdmin = new StaffHttpClient(base, "198.51.100.92");
        assertEquals("signed in", agencyAdmin.signIn("status.agency", PASSWORD));
        assertEquals(403, agencyAdmin.get("admin/status.xhtml").statusCode());
    }

    @Test
    @Order(3)
    @RunAsClient
    void theSameFiguresAreMetrics() throws Exception {
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                base.toString()).resolve("/metrics?scope=application")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode());
        for (String metric : List.of("media_jobs_queued", "media_jobs_oldest_queued_age_seconds",
                "feed_changes_pending", "feed_changes_lag_seconds", "webhook_deliveries_pending",
                "webhook_deliveries_failed", "search_outbox_lag_seconds", "http_server_requests_seconds_count")) {
            assertTrue(metrics.body().contains(metric), metric + " in\n" + metrics.body());
        }
        assertTrue(metrics.body().contains("area=\"admin\""), "request latency by part of the portal");
    }

    @Test
    @Order(4)
    @RunAsClient
    void theProbesTheDeploymentManifestsUseAnswer() throws Exception {
        for (String probe : List.of("/health/started", "/health/ready", "/health/live")) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    base.toString()).resolve(probe)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), probe + ": " + answer.body());
            assertTrue(answer.body().contains("\"UP\""), probe + ": " + answer.body());
        }
    }
}
