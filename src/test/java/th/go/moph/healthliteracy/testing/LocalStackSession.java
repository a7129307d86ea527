package th.go.moph.healthliteracy.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import th.go.moph.healthliteracy.localstack.ClamdProcess;
import th.go.moph.healthliteracy.localstack.EmbeddedDatabase;
import th.go.moph.healthliteracy.localstack.FreePorts;
import th.go.moph.healthliteracy.localstack.KeycloakProcess;
import th.go.moph.healthliteracy.localstack.S3ProxyProcess;
import th.go.moph.healthliteracy.localstack.SearchNodeProcess;

/**
 * Starts the real PostgreSQL, the local search node, an S3-compatible server (S3Proxy) and ClamAV's daemon once for
 * the whole integration-test run, before Arquillian reads {@code arquillian.xml}, and hands their addresses to it as
 * system properties. Does nothing unless the build asks for it ({@code portal.localStack=start}, set by failsafe), so
 * unit-test runs and in-container runs never start anything.
 */
public class LocalStackSession implements LauncherSessionListener {

    private static volatile LocalStackSession current;

    private EmbeddedDatabase database;
    private SearchNodeProcess searchNode;
    private S3ProxyProcess objectStore;
    private ClamdProcess scanner;
    private KeycloakProcess identityProvider;
    private int identityProviderPort;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"start".equals(System.getProperty("portal.localStack"))) {
            return;
        }
        try {
            Path work = Path.of(System.getProperty("portal.work")).toAbsolutePath();
            Path dataDir = work.resolve("data");
            deleteIfPresent(work.resolve("postgres"));
            deleteIfPresent(work.resolve("search-node-data")); // an index of an earlier run's database
            deleteIfPresent(dataDir);
            deleteIfPresent(work.resolve("s3proxy"));
            deleteIfPresent(work.resolve("clamd"));
            deleteIfPresent(work.resolve("tmp")); // what earlier Payara Micro runs unpacked
            Files.createDirectories(work.resolve("tmp"));
            Files.createDirectories(dataDir);
            database = EmbeddedDatabase.start(work.resolve("postgres"), work.resolve("postgres-binaries"));
            searchNode = SearchNodeProcess.start(work.resolve("search-node"), work.resolve("search-node-data"),
                    Path.of(System.getProperty("portal.pom")), "512m", Duration.ofMinutes(3));
            objectStore = S3ProxyProcess.start(Path.of(System.getProperty("portal.s3proxyJar")), work.resolve("s3proxy"),
                    Duration.ofMinutes(1));
            System.setProperty("portal.test.s3Endpoint", objectStore.endpoint().toString());
            System.setProperty("portal.test.s3AccessKey", objectStore.accessKey());
            System.setProperty("portal.test.s3SecretKey", objectStore.secretKey());
            scanner = ClamdProcess.start(Files.createDirectories(work.resolve("clamd")), Duration.ofMinutes(1));
            System.setProperty("portal.test.clamdPort", String.valueOf(scanner.port()));
            identityProviderPort = FreePorts.pick(); // Keycloak starts there when a single sign-on test asks
            System.setProperty("portal.test.oidcPort", String.valueOf(identityProviderPort));
            System.setProperty("portal.test.dbUrl", database.jdbcUrl());
            System.setProperty("portal.test.adminDbUrl", database.adminJdbcUrl());
            System.setProperty("portal.test.esUrls", searchNode.httpUri().toString());
            System.setProperty("portal.test.dataDir", dataDir.toString());
            System.setProperty("portal.test.tmp", work.resolve("tmp").toString());
            System.setProperty("portal.test.samples", Path.of(System.getProperty("portal.pom")).toAbsolutePath()
                    .getParent().resolve("content-samples").toString());
            current = this;
        } catch (Exception e) {
            launcherSessionClosed(session);
            throw new IllegalStateException("the local stack for the integration tests did not start", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (identityProvider != null) {
            identityProvider.close();
        }
        if (scanner != null) {
            scanner.close();
        }
        if (objectStore != null) {
            objectStore.close();
        }
        if (searchNode != null) {
            searchNode.close();
        }
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
        }
    }

    /**
     * The organisation's OpenID Connect provider (Keycloak, with the realm of {@code src/test/resources/oidc}), started
     * on first use on the port the portal was told of (client-side test code only).
     */
    public static synchronized KeycloakProcess identityProvider() throws Exception {
        if (current.identityProvider == null) {
            Path project = Path.of(System.getProperty("portal.pom")).toAbsolutePath().getParent();
            current.identityProvider = KeycloakProcess.start(Path.of(System.getProperty("portal.keycloakHome")),
                    current.identityProviderPort, project.resolve("src/test/resources/oidc/moph-realm.json"), "moph",
                    Duration.ofMinutes(3));
        }
        return current.identityProvider;
    }

    /** Stops the shared search node, as an outage would (client-side test code only). */
    public static synchronized void stopSearchNode() {
        current.searchNode.close();
    }

    /** Starts the shared search node again, on the same port with the same data. */
    public static synchronized void startSearchNode() throws Exception {
        current.searchNode = current.searchNode.startAgain(Duration.ofMinutes(3));
    }

    private static void deleteIfPresent(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
