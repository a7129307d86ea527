package th.go.moph.healthliteracy.media.infrastructure.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import th.go.moph.healthliteracy.platform.PortalDirectories;

/** Media files under {@code DATA_DIR/media}. */
@ApplicationScoped
public class MediaStorage {

    @Inject
    PortalDirectories directories;

    public Path root() {
        return directories.folder("media");
    }

    public String description() {
        return "filesystem " + root();
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
