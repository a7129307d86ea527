package th.go.moph.healthliteracy.platform.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import th.go.moph.healthliteracy.platform.SchemaMigration;

/** UP when PostgreSQL answers within two seconds and the schema has been migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection();
             var statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (var rs = statement.executeQuery(
                    "select max(version) from flyway_schema_history where success")) {
                rs.next();
                String schema = rs.getString(1);
                return response.status(schema != null)
                        .withData("product", connection.getMetaData().getDatabaseProductName() + " "
                                + connection.getMetaData().getDatabaseProductVersion())
                        .withData("schemaVersion", schema == null ? "none" : schema)
                        .build();
            }
        } catch (SQLException | RuntimeException e) {
            return response.down().withData("reason", "database unreachable: " + e.getMessage()).build();
        }
    }
}
