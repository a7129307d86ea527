package th.go.moph.healthliteracy.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the portal keeps its files: {@code DATA_DIR} and the folders below it. */
@ApplicationScoped
public class PortalDirectories {

    private Path dataDirectory;

    protected PortalDirectories() {
        // for CDI
    }

    @Inject
    public PortalDirectories(@ConfigProperty(name = "DATA_DIR") String dataDirectory) {
        this.dataDirectory = Path.of(dataDirectory).toAbsolutePath().normalize();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** A folder below the data directory, created when missing. */
    public Path folder(String name) {
        Path folder = dataDirectory.resolve(name);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }
}
