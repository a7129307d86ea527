package th.go.moph.healthliteracy.media.infrastructure.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import th.go.moph.healthliteracy.media.application.MediaStore;
import th.go.moph.healthliteracy.platform.PortalDirectories;

/**
 * Chooses the media store from configuration: {@code MEDIA_STORE=filesystem} (the default, under {@code DATA_DIR}) or
 * {@code s3} with the {@code S3_*} settings. The S3 secret key is read from the environment only.
 */
@ApplicationScoped
public class MediaStores {

    private static final long MIB = 1024 * 1024;

    @Inject
    PortalDirectories directories;

    @Inject
    @ConfigProperty(name = "MEDIA_STORE", defaultValue = "filesystem")
    String kind;

    @Inject
    @ConfigProperty(name = "S3_ENDPOINT")
    Optional<String> endpoint;

    @Inject
    @ConfigProperty(name = "S3_REGION", defaultValue = "us-east-1")
    String region;

    @Inject
    @ConfigProperty(name = "S3_BUCKET")
    Optional<String> bucket;

    @Inject
    @ConfigProperty(name = "S3_PREFIX")
    Optional<String> prefix;

    @Inject
    @ConfigProperty(name = "S3_PATH_STYLE", defaultValue = "false")
    boolean pathStyle;

    @Inject
    @ConfigProperty(name = "S3_ACCESS_KEY_ID")
    Optional<String> accessKey;

    @Inject
    @ConfigProperty(name = "S3_MULTIPART_THRESHOLD_MB", defaultValue = "64")
    long multipartThresholdMb;

    @Produces
    @ApplicationScoped
    MediaStore mediaStore() {
        try {
            return switch (kind.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "filesystem" -> new FileSystemMediaStore(directories.folder("media"));
                case "s3" -> new S3MediaStore(new S3MediaStore.Settings(endpoint.filter(e -> !e.isBlank()).map(URI::create),
                        region, bucket.orElse(""), prefix.orElse(""), pathStyle, accessKey.filter(k -> !k.isBlank()),
                        Optional.ofNullable(System.getenv("S3_SECRET_ACCESS_KEY")).filter(k -> !k.isBlank()),
                        multipartThresholdMb * MIB, 16 * MIB));
                default -> throw new IllegalArgumentException("MEDIA_STORE is 'filesystem' or 's3', not '" + kind + "'");
            };
        } catch (IOException e) {
            throw new UncheckedIOException("the media store cannot be opened", e);
        }
    }

    void close(@Disposes MediaStore store) {
        if (store instanceof S3MediaStore s3) {
            s3.close();
        }
    }
}
