package th.go.moph.healthliteracy.media.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import th.go.moph.healthliteracy.platform.PortalDirectories;

/**
 * The local scratch disk of media work, {@code DATA_DIR/media/work}: uploads being received and each transcode
 * attempt's own folder. Whatever the media store is, ffmpeg and ImageIO work on local files here.
 */
@ApplicationScoped
public class MediaWorkArea {

    @Inject
    PortalDirectories directories;

    /** The folder {@code name} (a media key) below the work area, created when missing. */
    public Path folder(String name) throws IOException {
        return Files.createDirectories(root().resolve(MediaStore.requireKey(name)));
    }

    public Path root() throws IOException {
        return Files.createDirectories(directories.folder("media").resolve("work"));
    }
}
