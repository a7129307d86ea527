package th.go.moph.healthliteracy.content.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import th.go.moph.healthliteracy.identity.application.CurrentActor;
import th.go.moph.healthliteracy.identity.domain.Actor;

/**
 * Imports the portal starts on its own — the first run's samples, archives dropped in the import inbox — run as
 * {@link Actor#portal the portal itself}, under one fixed id that the history and audit trail show for them.
 */
@ApplicationScoped
public class PortalImports {

    /** Who the portal's own imports are recorded as. */
    public static final UUID PORTAL_IMPORT_ID = UUID.fromString("00000000-0000-4000-8000-0000000000a1");

    @Inject
    ContentImport imports;

    @Inject
    CurrentActor currentActor;

    @ActivateRequestContext
    public ImportReport importFolder(Path folder, String source) {
        return asPortal(() -> imports.importFolder(folder, source));
    }

    @ActivateRequestContext
    public ImportReport importArchive(InputStream zip, String source) {
        return asPortal(() -> imports.importArchive(zip, source));
    }

    private ImportReport asPortal(IoWork work) {
        return currentActor.actingAs(Actor.portal(PORTAL_IMPORT_ID), () -> {
            try {
                return work.run();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @FunctionalInterface
    private interface IoWork {
        ImportReport run() throws IOException;
    }
}
