package th.go.moph.healthliteracy.media.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Where media objects live: the filesystem under {@code DATA_DIR} by default, S3-compatible object storage at scale
 * ({@code MEDIA_STORE=s3}). Writes are atomic: an object is there whole or not at all. Keys are relative paths of
 * lower-case letters, digits, dots, dashes and slashes. Work in progress (uploads being received, transcodes) stays on
 * the local disk, in the {@link MediaWorkArea}.
 */
public interface MediaStore {

    /** What the store knows of an object without reading it. */
    record StoredObject(long size, Instant lastModified, String etag) {
    }

    /** Stores the file's bytes under {@code key}, atomically; an existing object with that key is replaced. */
    void put(String key, Path file, String contentType) throws IOException;

    /** The object's bytes; {@link java.nio.file.NoSuchFileException} when there is none. */
    InputStream open(String key) throws IOException;

    /** {@code length} bytes of the object from {@code offset} (a Range request). */
    InputStream open(String key, long offset, long length) throws IOException;

    /** Size, modification time and entity tag of the object, or empty when there is none. */
    Optional<StoredObject> describe(String key) throws IOException;

    /** Copies the object to a local file (ffmpeg and ImageIO read files); the file appears whole or not at all. */
    void copyTo(String key, Path target) throws IOException;

    void delete(String key) throws IOException;

    default boolean exists(String key) throws IOException {
        return describe(key).isPresent();
    }

    default long size(String key) throws IOException {
        return describe(key).orElseThrow(() -> new java.nio.file.NoSuchFileException(key)).size();
    }

    /** Where the objects are, for the health report (never a credential). */
    String description();

    /** Writes, reads back and deletes a probe object; throws when the store refuses. */
    void checkWritable() throws IOException;

    static String requireKey(String key) {
        if (key == null || !key.matches("[a-z0-9][a-z0-9._/-]{0,300}") || key.contains("..") || key.contains("//")) {
            throw new IllegalArgumentException("Not a media key: " + key);
        }
        return key;
    }
}
