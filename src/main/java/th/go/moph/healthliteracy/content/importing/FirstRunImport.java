package th.go.moph.healthliteracy.content.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When the portal starts with no content at all and {@code FIRST_RUN_IMPORT} names a bundle (the local run names
 * {@code content-samples/}), imports it in the background, so a newcomer finds a populated site. Never on a portal
 * that holds any item: deleting the samples does not bring them back.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "FirstAdministrator"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstRunImport {

    private static final Logger LOG = Logger.getLogger(FirstRunImport.class.getName());

    @Inject
    @ConfigProperty(name = "FIRST_RUN_IMPORT")
    Optional<String> bundle;

    @Inject
    ImportRecords records;

    @Inject
    PortalImports imports;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void importIntoAnEmptyPortal() {
        if (bundle.isEmpty() || bundle.get().isBlank()) {
            return;
        }
        Path folder = Path.of(bundle.get());
        if (!Files.isDirectory(folder)) {
            LOG.warning(() -> "FIRST_RUN_IMPORT names no folder: " + folder);
            return;
        }
        if (!records.portalEmpty()) {
            return;
        }
        executor.submit(() -> {
            try {
                ImportReport report = imports.importFolder(folder, "first run: " + folder.getFileName());
                LOG.info(() -> "First-run import: " + report.summary());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The first-run import failed", e);
            }
        });
    }
}
