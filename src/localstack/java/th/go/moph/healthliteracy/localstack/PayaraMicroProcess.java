package th.go.moph.healthliteracy.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import fish.payara.micro.PayaraMicro;

/**
 * Payara Micro serving the portal's WAR at the root context, in its own JVM, with Hazelcast off. Configuration goes in
 * as environment variables, exactly as in production; output goes to a log file.
 */
public final class PayaraMicroProcess implements AutoCloseable {

    private final Process process;
    private final URI baseUri;

    private PayaraMicroProcess(Process process, URI baseUri) {
        this.process = process;
        this.baseUri = baseUri;
    }

    public static PayaraMicroProcess start(Path war, int port, Path rootDirectory, Path log, String heap,
            Map<String, String> environment, Duration timeout) throws IOException, InterruptedException, TimeoutException {
        SearchNodeHome.deleteRecursively(rootDirectory);
        Files.createDirectories(rootDirectory.resolve("tmp"));
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-Djava.io.tmpdir=" + rootDirectory.resolve("tmp"),
                "-Dfile.encoding=UTF-8",
                "-jar", payaraMicroJar().toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", String.valueOf(port),
                "--nohazelcast",
                "--disablephonehome",
                "--rootdir", rootDirectory.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        PayaraMicroProcess server = new PayaraMicroProcess(builder.start(), URI.create("http://localhost:" + port + "/"));
        try {
            server.awaitReady(timeout, log);
        } catch (IOException | TimeoutException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static Path payaraMicroJar() {
        try {
            return Path.of(PayaraMicro.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ready when every readiness check of the portal is UP. */
    private void awaitReady(Duration timeout, Path log) throws IOException, InterruptedException, TimeoutException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(baseUri.resolve("/health/ready")).timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(timeout);
        String lastAnswer = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Payara Micro exited with status " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
                lastAnswer = answer.statusCode() + " " + answer.body();
            } catch (IOException notYetListening) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new TimeoutException("the portal was not ready within " + timeout + " (last answer from /health/ready: "
                + lastAnswer + "); see " + log);
    }

    public URI baseUri() {
        return baseUri;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the server like a power cut would (SIGKILL): no shutdown hooks, children left orphaned. */
    public void killAbruptly() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public void awaitExit() throws InterruptedException {
        process.waitFor();
    }

    @Override
    public void close() {
        Processes.stop(process, 60);
    }
}
