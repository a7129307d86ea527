package th.go.moph.healthliteracy.content.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import th.go.moph.healthliteracy.platform.scheduling.Polling;

/**
 * The command line's way in ({@code deploy/local/import}): a zip archive written into {@code IMPORT_INBOX_DIR} (as
 * {@code name.zip.part}, then renamed) is claimed by moving it to {@code processing/}, imported as the portal, and
 * answered with {@code done/name.zip.report.txt}. Whoever may write the folder may import: it is an operator's door,
 * like the server's shell.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportInbox {

    private static final Logger LOG = Logger.getLogger(ImportInbox.class.getName());

    @Inject
    @ConfigProperty(name = "IMPORT_INBOX_DIR")
    Optional<String> inbox;

    @Inject
    PortalImports imports;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private Polling polling;

    @PostConstruct
    void start() {
        if (inbox.isEmpty() || inbox.get().isBlank()) {
            return;
        }
        Path folder = Path.of(inbox.get());
        try {
            Files.createDirectories(folder.resolve("processing"));
            Files.createDirectories(folder.resolve("done"));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The import inbox " + folder + " cannot be used", e);
            return;
        }
        polling = Polling.start(scheduler, 2000, 2000, Integer.MAX_VALUE, () -> takeOne(folder), LOG, "Import inbox");
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.stop();
        }
    }

    private int takeOne(Path folder) {
        List<Path> waiting;
        try (Stream<Path> list = Files.list(folder)) {
            waiting = list.filter(p -> p.getFileName().toString().endsWith(".zip"))
                    .filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            LOG.warning(() -> "The import inbox cannot be read: " + e.getMessage());
            return 0;
        }
        for (Path zip : waiting) {
            Path claimed = folder.resolve("processing").resolve(zip.getFileName());
            try {
                Files.move(zip, claimed, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException taken) {
                continue; // another instance claimed it
            }
            answer(folder, claimed);
        }
        return 0;
    }

    private void answer(Path folder, Path claimed) {
        String name = claimed.getFileName().toString();
        String report;
        try (InputStream in = Files.newInputStream(claimed)) {
            report = imports.importArchive(in, "import inbox: " + name).text();
        } catch (IOException | RuntimeException e) {
            String reason = ContentImport.reason(e);
            if (reason == null) {
                LOG.log(Level.WARNING, "Import of " + name + " from the inbox failed", e);
            }
            report = "Import of " + name + " refused: " + (reason != null ? reason : e.getMessage()) + "\n";
        }
        try {
            Path done = folder.resolve("done");
            Path part = done.resolve(name + ".report.txt.part");
            Files.writeString(part, report);
            Files.move(part, done.resolve(name + ".report.txt"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(claimed);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The report of " + name + " could not be written", e);
        }
    }
}
