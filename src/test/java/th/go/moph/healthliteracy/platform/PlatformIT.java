package th.go.moph.healthliteracy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.AgencyRepository;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.identity.domain.UserAccount;
import th.go.moph.healthliteracy.identity.domain.UserAccountRepository;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/** The platform on the real stack: Flyway's schema through JPA, the append-only audit table, health, cookies. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    AgencyRepository agencies;

    @Inject
    UserAccountRepository accounts;

    @Inject
    UserTransaction tx;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @ArquillianResource
    URL base;

    @Test
    void writesAndReadsThroughJpaOnTheMigratedSchema() throws Exception {
        String code = "T" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(0, 8);
        tx.begin();
        Agency agency = Agency.register(code, "กรมควบคุมโรค (ทดสอบ)", "Department of Disease Control (test)", Instant.now());
        agencies.add(agency);
        UserAccount author = UserAccount.open(agency, "author-" + code.toLowerCase(), "ผู้เขียน ทดสอบ",
                "author@example.org", "PBKDF2WithHmacSHA512:1:AA==:AA==", Instant.now());
        author.grant(Role.AUTHOR, GrantScope.OWN_AGENCY, Instant.now());
        author.grant(Role.REVIEWER, GrantScope.ALL_AGENCIES, Instant.now());
        accounts.add(author);
        tx.commit();

        tx.begin();
        UserAccount read = accounts.findByUsername("author-" + code.toLowerCase()).orElseThrow();
        assertEquals(author.id(), read.id());
        assertEquals("กรมควบคุมโรค (ทดสอบ)", read.agency().nameTh());
        assertEquals(Set.of(Role.AUTHOR, Role.REVIEWER), read.roles());
        tx.commit();

        try (Connection c = dataSource.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("select version, success from flyway_schema_history where version = '1'")) {
            assertTrue(rs.next(), "Flyway recorded migration V1");
            assertTrue(rs.getBoolean("success"));
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRows() throws Exception {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("insert into audit_event (action, outcome, detail) values ('TEST', 'SUCCEEDED', 'kept')");
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("update audit_event set detail = 'changed' where action = 'TEST'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_event where action = 'TEST'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("truncate audit_event"));
        }
    }

    @Test
    @RunAsClient
    void readinessReportsAllFourChecksUp() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort()
                        + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        JsonObject health = Json.createReader(new StringReader(response.body())).readObject();
        Map<String, String> checks = health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
        assertEquals(Map.of("database", "UP", "search", "UP", "ffmpeg", "UP", "media-storage", "UP"), checks,
                response.body());
        assertEquals(200, response.statusCode());
        assertEquals("UP", health.getString("status"));
    }

    @Test
    @RunAsClient
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.toURI().resolve("signin.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionCookiePolicy.COOKIE_NAME + "=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertTrue(!cookie.contains("Secure"), "plain http must not mark the cookie Secure: " + cookie);
    }
}
