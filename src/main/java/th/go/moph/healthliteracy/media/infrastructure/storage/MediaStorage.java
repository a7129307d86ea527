package th.go.moph.healthliteracy.media.infrastructure.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import th.go.moph.healthliteracy.media.application.MediaStore;
import th.go.moph.healthliteracy.platform.PortalDirectories;

/**
 * Media objects as files under {@code DATA_DIR/media/objects}. A write goes to a temporary file on the same disk,
 * is flushed to the device, and is then renamed into place, so a crash leaves either the old object or the new one.
 */
@ApplicationScoped
public class MediaStorage implements MediaStore {

    @Inject
    PortalDirectories directories;

    public Path root() {
        return directories.folder("media");
    }

    private Path objects() throws IOException {
        return Files.createDirectories(root().resolve("objects"));
    }

    private Path object(String key) throws IOException {
        Path path = objects().resolve(MediaStore.requireKey(key)).normalize();
        if (!path.startsWith(objects())) {
            throw new IllegalArgumentException("Not a media key: " + key);
        }
        return path;
    }

    public String description() {
        return "filesystem " + root();
    }

    @Override
    public void put(String key, Path file, String contentType) throws IOException {
        Path target = object(key);
        Files.createDirectories(target.getParent());
        Path temporary = Files.createDirectories(root().resolve("tmp")).resolve(UUID.randomUUID() + ".part");
        try {
            Files.copy(file, temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(object(key));
    }

    @Override
    public void copyTo(String key, Path target) throws IOException {
        Files.copy(object(key), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public boolean exists(String key) throws IOException {
        return Files.isRegularFile(object(key));
    }

    @Override
    public long size(String key) throws IOException {
        return Files.size(object(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(object(key));
    }

    @Override
    public java.util.Optional<Path> localFile(String key) throws IOException {
        Path file = object(key);
        return Files.isRegularFile(file) ? java.util.Optional.of(file) : java.util.Optional.empty();
    }

    @Override
    public Path workFolder(String name) throws IOException {
        return Files.createDirectories(root().resolve("work").resolve(MediaStore.requireKey(name)));
    }

    /** Writes, reads back and deletes a probe file; throws when the storage refuses. */
    public void checkWritable() throws IOException {
        Path probe = Files.createTempFile(root(), ".probe-", ".tmp");
        try {
            Files.writeString(probe, "ok");
            if (!"ok".equals(Files.readString(probe))) {
                throw new IOException("a probe file read back differently");
            }
        } finally {
            Files.deleteIfExists(probe);
        }
    }
}
