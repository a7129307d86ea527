package th.go.moph.healthliteracy.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (zonky's embedded binaries) on a free port, its data kept in the folder it is given,
 * with a {@value #DATABASE} database owned by the role {@value #USER}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "portal";
    public static final String USER = "portal";

    private final EmbeddedPostgres server;

    private EmbeddedDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    public static EmbeddedDatabase start(Path dataDirectory, Path workDirectory) throws IOException, SQLException {
        Files.createDirectories(dataDirectory);
        Files.createDirectories(workDirectory);
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(workDirectory.toFile())
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC")
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(server);
        database.createPortalDatabase();
        return database;
    }

    private void createPortalDatabase() throws SQLException {
        try (Connection admin = server.getPostgresDatabase().getConnection();
             Statement sql = admin.createStatement()) {
            try (var roles = sql.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'")) {
                if (!roles.next()) {
                    sql.execute("create role " + USER + " login");
                }
            }
            try (var databases = sql.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!databases.next()) {
                    sql.execute("create database " + DATABASE + " owner " + USER + " encoding 'UTF8' template template0");
                }
            }
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
    }

    /** The server's own database, as its superuser: for tests that need a database of their own. */
    public String adminJdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres?user=postgres";
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
