package th.go.moph.healthliteracy.localstack;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for the tests: S3Proxy (from Maven Central, its own JVM and libraries) serving buckets
 * from a folder through jclouds' filesystem provider, with AWS v2/v4 signatures checked against a random key pair.
 */
public final class S3ProxyProcess implements AutoCloseable {

    private final Process process;
    private final URI endpoint;
    private final String accessKey;
    private final String secretKey;

    private S3ProxyProcess(Process process, URI endpoint, String accessKey, String secretKey) {
        this.process = process;
        this.endpoint = endpoint;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /** Starts S3Proxy from {@code jar} with its buckets under {@code work/buckets}; returns once it accepts connections. */
    public static S3ProxyProcess start(Path jar, Path work, Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException("S3Proxy is not at " + jar + " (the build copies it in process-test-classes)");
        }
        Files.createDirectories(work.resolve("buckets"));
        int port = FreePorts.pick();
        String accessKey = "local-" + UUID.randomUUID().toString().substring(0, 8);
        String secretKey = UUID.randomUUID().toString();
        Path properties = work.resolve("s3proxy.conf");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + accessKey,
                "s3proxy.credential=" + secretKey,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + work.resolve("buckets")) + "\n");
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + Files.createDirectories(work.resolve("tmp")),
                "-jar", jar.toString(), "--properties", properties.toString()))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("s3proxy.log").toFile())
                .start();
        S3ProxyProcess proxy = new S3ProxyProcess(process, URI.create("http://127.0.0.1:" + port), accessKey, secretKey);
        try {
            proxy.awaitPort(port, timeout);
        } catch (IOException | TimeoutException | RuntimeException e) {
            proxy.close();
            throw e;
        }
        return proxy;
    }

    private void awaitPort(int port, Duration timeout) throws InterruptedException, TimeoutException, IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("S3Proxy exited with status " + process.exitValue());
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new TimeoutException("S3Proxy did not listen on port " + port + " within " + timeout);
    }

    public URI endpoint() {
        return endpoint;
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    /** Creates a bucket on this server. */
    public void createBucket(String bucket) {
        createBucket(endpoint, accessKey, secretKey, bucket);
    }

    /** Creates a bucket on the server at {@code endpoint} (path-style addressing, as servers on one host need). */
    public static void createBucket(URI endpoint, String accessKey, String secretKey, String bucket) {
        try (S3Client client = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .build()) {
            client.createBucket(r -> r.bucket(bucket));
        }
    }

    @Override
    public void close() {
        Processes.stop(process, 20);
    }
}
