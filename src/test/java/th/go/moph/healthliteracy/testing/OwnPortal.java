package th.go.moph.healthliteracy.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * For the tests that run portals of their own beside the shared one (crash recovery, backup and restore, two
 * instances): a fresh working folder under the local stack's, and a new database in the shared PostgreSQL cluster.
 */
public final class OwnPortal {

    private OwnPortal() {
    }

    /** {@code portal.work/name}, emptied of what an earlier run left. */
    public static Path freshFolder(String name) throws IOException {
        Path folder = Path.of(System.getProperty("portal.work")).resolve(name);
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(folder);
    }

    /** A new, empty database owned by the portal's user; its JDBC URL. */
    public static String newDatabase(String name) throws SQLException {
        try (Connection admin = DriverManager.getConnection(System.getProperty("portal.test.adminDbUrl"))) {
            admin.createStatement().execute("create database " + name + " owner portal");
        }
        return System.getProperty("portal.test.dbUrl").replaceAll("/portal$", "/" + name);
    }

    /** Drops a database {@link #newDatabase} made, closing what still uses it. */
    public static void dropDatabase(String name) throws SQLException {
        try (Connection admin = DriverManager.getConnection(System.getProperty("portal.test.adminDbUrl"))) {
            admin.createStatement().execute("drop database if exists " + name + " with (force)");
        }
    }
}
