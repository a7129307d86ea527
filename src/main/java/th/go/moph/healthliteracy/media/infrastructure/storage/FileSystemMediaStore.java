package th.go.moph.healthliteracy.media.infrastructure.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.UUID;

import th.go.moph.healthliteracy.media.application.MediaStore;

/**
 * Media objects as files under {@code DATA_DIR/media/objects}. A write goes to a temporary file on the same disk,
 * is flushed to the device, and is then renamed into place, so a crash leaves either the old object or the new one.
 */
public final class FileSystemMediaStore implements MediaStore {

    private final Path root;
    private final Path objects;

    public FileSystemMediaStore(Path root) throws IOException {
        this.root = root;
        this.objects = Files.createDirectories(root.resolve("objects"));
    }

    private Path object(String key) {
        Path path = objects.resolve(MediaStore.requireKey(key)).normalize();
        if (!path.startsWith(objects)) {
            throw new IllegalArgumentException("Not a media key: " + key);
        }
        return path;
    }

    @Override
    public String description() {
        return "filesystem";
    }

    @Override
    public void put(String key, Path file, String contentType) throws IOException {
        Path target = object(key);
        Files.createDirectories(target.getParent());
        Path temporary = Files.createDirectories(root.resolve("tmp")).resolve(UUID.randomUUID() + ".part");
        try {
            Files.copy(file, temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            moveIntoPlace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(object(key));
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        FileChannel channel = FileChannel.open(object(key), StandardOpenOption.READ);
        try {
            channel.position(offset);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public Optional<StoredObject> describe(String key) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(object(key), BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            long modified = attributes.lastModifiedTime().toMillis();
            return Optional.of(new StoredObject(attributes.size(), attributes.lastModifiedTime().toInstant(),
                    Long.toHexString(attributes.size()) + "-" + Long.toHexString(modified)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public void copyTo(String key, Path target) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.copy(object(key), temporary, StandardCopyOption.REPLACE_EXISTING);
            moveIntoPlace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(object(key));
    }

    @Override
    public void checkWritable() throws IOException {
        Path probe = Files.createTempFile(Files.createDirectories(root.resolve("tmp")), ".probe-", ".tmp");
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
