package th.go.moph.healthliteracy.platform.backup;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import th.go.moph.healthliteracy.media.application.MediaStore;
import th.go.moph.healthliteracy.media.infrastructure.storage.FileSystemMediaStore;
import th.go.moph.healthliteracy.media.infrastructure.storage.S3MediaStore;

/**
 * The portal's own settings, as {@code deploy/backup} and {@code deploy/restore} read them from the environment: the
 * database ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}), the media store ({@code MEDIA_STORE},
 * {@code DATA_DIR}, {@code S3_*}), the search cluster ({@code ES_URLS}, {@code ES_API_KEY},
 * {@code SEARCH_INDEX_PREFIX}) and the backup passphrase ({@code BACKUP_KEY}).
 */
record BackupEnvironment(Map<String, String> env) {

    String require(String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be set");
        }
        return value;
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(require("DB_URL"), optional("DB_USER").orElse("portal"),
                optional("DB_PASSWORD").orElse(""));
    }

    Optional<char[]> passphrase() {
        return optional("BACKUP_KEY").map(String::toCharArray);
    }

    boolean filesystemStore() {
        return optional("MEDIA_STORE").orElse("filesystem").equalsIgnoreCase("filesystem");
    }

    Path mediaFolder() {
        return Path.of(require("DATA_DIR")).resolve("media");
    }

    MediaStore mediaStore() throws IOException {
        if (filesystemStore()) {
            return new FileSystemMediaStore(mediaFolder());
        }
        return new S3MediaStore(new S3MediaStore.Settings(optional("S3_ENDPOINT").map(URI::create),
                optional("S3_REGION").orElse("us-east-1"), require("S3_BUCKET"), optional("S3_PREFIX").orElse(""),
                Boolean.parseBoolean(optional("S3_PATH_STYLE").orElse("false")), optional("S3_ACCESS_KEY_ID"),
                optional("S3_SECRET_ACCESS_KEY"), 64L << 20, 16L << 20));
    }

    static void close(MediaStore store) {
        if (store instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                System.err.println("the media store did not close cleanly: " + e);
            }
        }
    }
}
