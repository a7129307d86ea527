package th.go.moph.healthliteracy.media.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where media objects live: the filesystem under {@code DATA_DIR} by default, S3-compatible storage at scale. Writes
 * are atomic: an object is there whole or not at all. Keys are relative paths of lower-case letters, digits, dots,
 * dashes and slashes.
 */
public interface MediaStore {

    /** Stores the file's bytes under {@code key}, atomically; an existing object with that key is replaced. */
    void put(String key, Path file, String contentType) throws IOException;

    /** The object's bytes; {@link java.nio.file.NoSuchFileException} when there is none. */
    InputStream open(String key) throws IOException;

    /** Copies the object to a local file (ffmpeg and ImageIO read files). */
    void copyTo(String key, Path target) throws IOException;

    boolean exists(String key) throws IOException;

    long size(String key) throws IOException;

    void delete(String key) throws IOException;

    /** The object as a file on this machine, when the store keeps it on a local disk (it is served from there). */
    java.util.Optional<Path> localFile(String key) throws IOException;

    /** A folder for work in progress on this machine (uploads being received, transcodes). */
    Path workFolder(String name) throws IOException;

    static String requireKey(String key) {
        if (key == null || !key.matches("[a-z0-9][a-z0-9._/-]{0,300}") || key.contains("..") || key.contains("//")) {
            throw new IllegalArgumentException("Not a media key: " + key);
        }
        return key;
    }
}
