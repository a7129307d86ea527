package th.go.moph.healthliteracy.media.infrastructure.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import th.go.moph.healthliteracy.media.application.MediaStore;

/**
 * Media objects in an S3-compatible bucket (AWS S3, MinIO, Ceph, S3Proxy…) through the AWS SDK v2. S3 makes an object
 * visible only once it is whole: a single PUT for small files, a multipart upload for large ones, which is aborted
 * when any part fails, so a crash never leaves half an object under its key.
 */
public final class S3MediaStore implements MediaStore, AutoCloseable {

    /** Where and how to reach the bucket. {@code accessKey} empty: the SDK's default credential chain. */
    public record Settings(Optional<URI> endpoint, String region, String bucket, String prefix, boolean pathStyle,
            Optional<String> accessKey, Optional<String> secretKey, long multipartThreshold, long partSize) {

        public Settings {
            if (bucket == null || bucket.isBlank()) {
                throw new IllegalArgumentException("S3_BUCKET is required when MEDIA_STORE=s3");
            }
            if (accessKey.isPresent() != secretKey.isPresent()) {
                throw new IllegalArgumentException("S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together");
            }
            if (partSize < 5L * 1024 * 1024) {
                throw new IllegalArgumentException("S3 multipart parts are at least 5 MiB");
            }
            prefix = prefix == null || prefix.isBlank() ? "" : prefix.replaceAll("/*$", "/");
        }
    }

    private final S3Client client;
    private final Settings settings;

    public S3MediaStore(Settings settings) {
        this.settings = settings;
        AwsCredentialsProvider credentials = settings.accessKey().isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey().get(), settings.secretKey().get()))
                : DefaultCredentialsProvider.builder().build();
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofMinutes(2)))
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(credentials);
        settings.endpoint().ifPresent(builder::endpointOverride);
        this.client = builder.build();
    }

    private String objectKey(String key) {
        return settings.prefix() + MediaStore.requireKey(key);
    }

    @Override
    public String description() {
        return "s3 bucket " + settings.bucket() + settings.endpoint().map(e -> " at " + e.getHost()).orElse("");
    }

    @Override
    public void put(String key, Path file, String contentType) throws IOException {
        long size = Files.size(file);
        try {
            if (size <= settings.multipartThreshold()) {
                client.putObject(r -> r.bucket(settings.bucket()).key(objectKey(key)).contentType(contentType)
                        .contentLength(size), RequestBody.fromFile(file));
            } else {
                putInParts(objectKey(key), file, size, contentType);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (SdkException e) {
            throw new IOException("storing " + key + " in " + description() + " failed: " + e.getMessage(), e);
        }
    }

    private void putInParts(String objectKey, Path file, long size, String contentType) {
        String uploadId = client.createMultipartUpload(r -> r.bucket(settings.bucket()).key(objectKey)
                .contentType(contentType)).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            for (long offset = 0; offset < size; offset += settings.partSize()) {
                long start = offset;
                long length = Math.min(settings.partSize(), size - offset);
                int partNumber = parts.size() + 1;
                // a fresh stream of the part for each attempt, so the SDK can retry a part on its own
                ContentStreamProvider part = () -> openPart(file, start, length);
                String etag = client.uploadPart(r -> r.bucket(settings.bucket()).key(objectKey).uploadId(uploadId)
                                .partNumber(partNumber).contentLength(length),
                        RequestBody.fromContentProvider(part, length, contentType)).eTag();
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
            }
            client.completeMultipartUpload(r -> r.bucket(settings.bucket()).key(objectKey).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
        } catch (RuntimeException e) {
            try {
                client.abortMultipartUpload(r -> r.bucket(settings.bucket()).key(objectKey).uploadId(uploadId));
            } catch (SdkException abortFailed) {
                e.addSuppressed(abortFailed); // the bucket's lifecycle rule for incomplete uploads cleans it up
            }
            throw e;
        }
    }

    private static InputStream openPart(Path file, long offset, long length) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            channel.position(offset);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return client.getObject(r -> r.bucket(settings.bucket()).key(objectKey(key)));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (SdkException e) {
            throw new IOException("reading " + key + " from " + description() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        if (length <= 0) {
            return InputStream.nullInputStream();
        }
        try {
            return client.getObject(r -> r.bucket(settings.bucket()).key(objectKey(key))
                    .range("bytes=" + offset + "-" + (offset + length - 1)));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (SdkException e) {
            throw new IOException("reading " + key + " from " + description() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<StoredObject> describe(String key) throws IOException {
        try {
            HeadObjectResponse head = client.headObject(r -> r.bucket(settings.bucket()).key(objectKey(key)));
            return Optional.of(new StoredObject(head.contentLength(), head.lastModified(), head.eTag().replace("\"", "")));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw new IOException("looking up " + key + " in " + description() + " failed: " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("looking up " + key + " in " + description() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void copyTo(String key, Path target) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            client.getObject(r -> r.bucket(settings.bucket()).key(objectKey(key)), ResponseTransformer.toFile(temporary));
            FileSystemMediaStore.moveIntoPlace(temporary, target);
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (SdkException e) {
            throw new IOException("fetching " + key + " from " + description() + " failed: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            client.deleteObject(r -> r.bucket(settings.bucket()).key(objectKey(key)));
        } catch (SdkException e) {
            throw new IOException("deleting " + key + " from " + description() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void checkWritable() throws IOException {
        String probe = settings.prefix() + "health/probe-" + UUID.randomUUID();
        try {
            client.putObject(r -> r.bucket(settings.bucket()).key(probe).contentType("text/plain"), RequestBody.fromString("ok"));
            try {
                String read = client.getObjectAsBytes(r -> r.bucket(settings.bucket()).key(probe)).asUtf8String();
                if (!"ok".equals(read)) {
                    throw new IOException("a probe object read back differently");
                }
            } finally {
                client.deleteObject(r -> r.bucket(settings.bucket()).key(probe));
            }
        } catch (SdkException e) {
            throw new IOException(description() + " refused a probe object: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
