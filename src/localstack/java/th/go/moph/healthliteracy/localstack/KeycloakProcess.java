package th.go.moph.healthliteracy.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real OpenID Connect provider for the single sign-on tests: Keycloak (its distribution from Maven Central) in
 * development mode on a port chosen beforehand, with one realm imported from a JSON file. Keycloak needs Java 21 or
 * newer: {@code KEYCLOAK_JAVA_HOME} if set, else the newest such JDK installed beside the one running the tests.
 */
public final class KeycloakProcess implements AutoCloseable {

    private final Process process;
    private final URI base;

    private KeycloakProcess(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /**
     * Starts Keycloak from its unpacked distribution {@code home} on {@code port}, importing {@code realm} (named
     * {@code <realm>-realm.json}); returns once the realm's discovery document answers.
     */
    public static KeycloakProcess start(Path home, int port, Path realm, String realmName, Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IOException("Keycloak is not at " + home + " (the build unpacks it in process-test-classes)");
        }
        Path java = javaHome().orElseThrow(() -> new IOException(
                "Keycloak needs Java 21 or newer: set KEYCLOAK_JAVA_HOME, or install one beside this JDK"));
        Path data = home.resolve("data");
        deleteTree(data); // a fresh realm every run
        Files.createDirectories(data.resolve("import"));
        Files.copy(realm, data.resolve("import").resolve(realmName + "-realm.json"));
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-host=127.0.0.1", "--hostname=http://localhost:" + port,
                "--import-realm"))
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("keycloak.log").toFile());
        builder.environment().put("JAVA_HOME", java.toString());
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        KeycloakProcess keycloak = new KeycloakProcess(builder.start(), URI.create("http://localhost:" + port + "/"));
        try {
            keycloak.awaitRealm(realmName, timeout);
        } catch (IOException | TimeoutException | RuntimeException e) {
            keycloak.close();
            throw e;
        }
        return keycloak;
    }

    /** The realm's issuer URL. */
    public URI issuer(String realmName) {
        return base.resolve("realms/" + realmName);
    }

    private void awaitRealm(String realmName, Duration timeout)
            throws InterruptedException, TimeoutException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer(realmName)
                + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Keycloak exited with status " + process.exitValue()
                        + " (see keycloak.log in its folder)");
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new TimeoutException("Keycloak's realm " + realmName + " did not answer within " + timeout);
    }

    /** {@code KEYCLOAK_JAVA_HOME}, else the newest JDK of release 21 or later among this JDK's siblings. */
    static Optional<Path> javaHome() throws IOException {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        Path running = Path.of(System.getProperty("java.home")).toRealPath();
        if (release(running) >= 21) {
            return Optional.of(running);
        }
        try (Stream<Path> siblings = Files.list(running.getParent())) {
            return siblings.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")) && release(jdk) >= 21)
                    .max(Comparator.comparingInt(KeycloakProcess::release));
        }
    }

    private static int release(Path jdk) {
        try {
            Matcher version = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(jdk.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Override
    public void close() {
        Processes.stop(process, 20);
    }
}
