package th.go.moph.healthliteracy.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import th.go.moph.healthliteracy.localstack.searchnode.LocalSearchNode;

/**
 * A local Elasticsearch node in its own JVM: the server on the module path, the launcher on the class path.
 * Its output goes to {@code logs/node.out} under the node's home.
 */
public final class SearchNodeProcess implements AutoCloseable {

    private final Process process;
    private final URI httpUri;
    private final Restart restart;

    /** What it takes to start the same node again, on the same ports and data. */
    private record Restart(Path home, Path data, Path pom, String heap, int httpPort, int transportPort) {
    }

    private SearchNodeProcess(Process process, URI httpUri, Restart restart) {
        this.process = process;
        this.httpUri = httpUri;
        this.restart = restart;
    }

    /**
     * Assembles the node's home under {@code home}, starts it with its data in {@code data}, and returns once the
     * cluster is at least yellow.
     */
    public static SearchNodeProcess start(Path home, Path data, Path pom, String heap, Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        return start(new Restart(home, data, pom, heap, FreePorts.pick(), FreePorts.pick()), timeout);
    }

    /** The same node again after {@link #close()}: same ports, same data (tests of the portal riding out an outage). */
    public SearchNodeProcess startAgain(Duration timeout) throws IOException, InterruptedException, TimeoutException {
        close();
        return start(restart, timeout);
    }

    private static SearchNodeProcess start(Restart restart, Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        Path home = restart.home();
        Path data = restart.data();
        String heap = restart.heap();
        int httpPort = restart.httpPort();
        int transportPort = restart.transportPort();
        SearchNodeHome layout = SearchNodeHome.assemble(home, restart.pom());
        Files.createDirectories(home.resolve("logs"));
        Files.createDirectories(home.resolve("tmp"));

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + heap, "-Xmx" + heap,
                "-XX:+UseSerialGC",
                "-Djava.io.tmpdir=" + home.resolve("tmp"),
                "-Dlog4j2.disable.jmx=true",
                "-Dfile.encoding=UTF-8",
                "--module-path", layout.serverJars.stream().map(Path::toString).collect(Collectors.joining(":")),
                "--add-modules", "ALL-MODULE-PATH",
                "-cp", layout.launcherClasses.toString(),
                LocalSearchNode.class.getName(),
                home.toString(), data.toString(), String.valueOf(httpPort), String.valueOf(transportPort)));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .start();
        SearchNodeProcess node = new SearchNodeProcess(process, URI.create("http://127.0.0.1:" + httpPort), restart);
        try {
            node.awaitReady(home.resolve("logs/node.out"), timeout);
        } catch (IOException | TimeoutException | RuntimeException e) {
            node.close();
            throw e;
        }
        return node;
    }

    public URI httpUri() {
        return httpUri;
    }

    public long pid() {
        return process.pid();
    }

    private void awaitReady(Path log, Duration timeout) throws IOException, InterruptedException, TimeoutException {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread pump = new Thread(() -> pumpOutput(log, started), "search-node-output");
        pump.setDaemon(true);
        pump.start();
        try {
            started.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("the search node did not start; see " + log, e.getCause());
        } catch (TimeoutException e) {
            throw new TimeoutException("the search node did not start within " + timeout + "; see " + log);
        }
        awaitClusterHealth(timeout);
    }

    private void pumpOutput(Path log, CompletableFuture<Void> started) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = out.readLine()) != null) {
                file.println(line);
                if (line.startsWith(LocalSearchNode.READY_LINE)) {
                    started.complete(null);
                }
            }
        } catch (IOException e) {
            started.completeExceptionally(e);
        }
        started.completeExceptionally(new IOException("the search node exited with status " + exitStatus()));
    }

    private String exitStatus() {
        try {
            return String.valueOf(process.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private void awaitClusterHealth(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest health = HttpRequest.newBuilder(httpUri.resolve("/_cluster/health?wait_for_status=yellow&timeout="
                + timeout.toSeconds() + "s")).timeout(timeout.plusSeconds(5)).build();
        HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("the search node is not healthy: " + response.statusCode() + " " + response.body());
        }
    }

    /** Stops the node: closing its input tells it to shut down; it is killed if it has not within 30 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        try {
            process.getOutputStream().close();
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
