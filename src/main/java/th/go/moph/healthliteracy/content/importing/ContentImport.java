package th.go.moph.healthliteracy.content.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolationException;

import th.go.moph.healthliteracy.content.application.Taxonomy;
import th.go.moph.healthliteracy.content.domain.WorkflowException;
import th.go.moph.healthliteracy.identity.application.AccountAdministration;
import th.go.moph.healthliteracy.identity.application.CurrentActor;
import th.go.moph.healthliteracy.identity.domain.AccessDeniedException;
import th.go.moph.healthliteracy.identity.domain.Actor;
import th.go.moph.healthliteracy.identity.domain.Permission;
import th.go.moph.healthliteracy.media.application.MediaWorkArea;
import th.go.moph.healthliteracy.media.domain.MediaRefusedException;
import th.go.moph.healthliteracy.platform.archive.SafeArchive;
import th.go.moph.healthliteracy.platform.text.Jsonp;

/**
 * Imports a bundle of item manifests (a folder, or a zip archive of one): {@code content-samples/} or an agency's own
 * material, laid out as {@code content-samples/README.md} documents. First the bundle's agencies and topics that the
 * portal lacks (when the importer administers the portal), then each item in its own transaction — originals before
 * their translations — and a report of what happened to every one. Runs one at a time per instance.
 */
@ApplicationScoped
public class ContentImport {

    private static final Logger LOG = Logger.getLogger(ContentImport.class.getName());

    @Inject
    ItemImporter items;

    @Inject
    ImportRecords records;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccountAdministration administration;

    @Inject
    Taxonomy taxonomy;

    @Inject
    MediaWorkArea workArea;

    @Inject
    Clock clock;

    private final ReentrantLock oneAtATime = new ReentrantLock();

    /** Unpacks the archive (no entry outside its folder, bounded expansion), imports it, removes what it unpacked. */
    public ImportReport importArchive(InputStream zip, String source) throws IOException {
        requireImporter();
        Path folder = workArea.folder("imports").resolve(UUID.randomUUID().toString());
        try {
            SafeArchive.extract(zip, folder, SafeArchive.Limits.IMPORTS);
            return importFolder(folder, source);
        } finally {
            try {
                deleteTree(folder);
            } catch (IOException e) {
                LOG.warning(() -> "The unpacked import " + folder + " could not be removed: " + e.getMessage());
            }
        }
    }

    /** Imports the bundle in {@code folder}; refused at once while another import runs on this instance. */
    public ImportReport importFolder(Path folder, String source) throws IOException {
        Actor importer = requireImporter();
        if (!oneAtATime.tryLock()) {
            throw new WorkflowException("import.busy", "Another import is running on this server; try again when it"
                    + " has finished (its report will be listed here)");
        }
        try {
            UUID runId = UUID.randomUUID();
            records.started(runId, source, importer.accountId(), clock.instant());
            List<String> notes = new ArrayList<>();
            List<ImportOutcome> outcomes = new ArrayList<>();
            try {
                importInto(bundleRoot(folder), importer, notes, outcomes);
            } catch (IOException | RuntimeException e) {
                notes.add("the import stopped: " + reasonOrMessage(e)); // what was imported stays, and says so
                LOG.log(Level.WARNING, "Import of " + source + " stopped", e);
            }
            ImportReport report = new ImportReport(runId, source, notes, outcomes);
            records.finished(report, clock.instant());
            LOG.info(() -> "Import of " + source + ": " + report.summary());
            return report;
        } finally {
            oneAtATime.unlock();
        }
    }

    private void importInto(Path root, Actor importer, List<String> notes, List<ImportOutcome> outcomes)
            throws IOException {
        addMissingTaxonomy(root, importer, notes);
        List<ItemManifest> manifests = new ArrayList<>();
        for (Path itemFolder : itemFolders(root)) {
            try {
                manifests.add(ItemManifest.read(itemFolder));
            } catch (ManifestException e) {
                outcomes.add(ImportOutcome.refused(e.key(), String.join("; ", e.problems())));
            }
        }
        if (manifests.isEmpty() && outcomes.isEmpty()) {
            notes.add("no items found: a bundle holds items/<key>/item.json (or <key>/item.json)");
        }
        manifests.sort(Comparator.comparing((ItemManifest m) -> m.translationOf() != null)
                .thenComparing(ItemManifest::key));
        java.util.Set<String> refused = new java.util.HashSet<>();
        outcomes.forEach(o -> refused.add(o.key()));
        for (ItemManifest manifest : manifests) {
            if (manifest.translationOf() != null && refused.contains(manifest.translationOf())) {
                outcomes.add(ImportOutcome.refused(manifest.key(), "translationOf: its original '"
                        + manifest.translationOf() + "' was refused in this import"));
                refused.add(manifest.key());
                continue;
            }
            ImportOutcome outcome = importOne(manifest, importer);
            if (outcome.result() == ImportOutcome.Result.REFUSED) {
                refused.add(manifest.key());
            }
            outcomes.add(outcome);
        }
    }

    /**
     * Archives every imported sample item (system administrators): the samples leave the site, the feed and search for
     * good, and the footer's sample notice with them. Returns how many were archived.
     */
    public int archiveSamples() {
        currentActor.get().require(Permission.ADMINISTER_PORTAL, null);
        int archived = 0;
        for (UUID itemId : records.sampleItems()) {
            try {
                if (items.archiveSample(itemId)) {
                    archived++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Sample item " + itemId + " could not be archived", e);
            }
        }
        int count = archived;
        LOG.info(() -> count + " sample items archived");
        return archived;
    }

    /** Whose runs the signed-in account sees: everyone's for a system administrator, else its own. */
    public java.util.Optional<UUID> runsVisibleTo() {
        Actor actor = currentActor.get();
        return actor.may(Permission.ADMINISTER_PORTAL, null) ? java.util.Optional.empty()
                : java.util.Optional.of(actor.accountId());
    }

    private ImportOutcome importOne(ItemManifest manifest, Actor importer) {
        try {
            return items.importItem(manifest, importer);
        } catch (IOException | RuntimeException e) {
            String reason = reason(e);
            if (reason == null) {
                LOG.log(Level.WARNING, "Import of " + manifest.key() + " failed", e);
                reason = "failed: " + rootCause(e).getMessage();
            }
            return ImportOutcome.refused(manifest.key(), reason);
        }
    }

    private Actor requireImporter() {
        Actor actor = currentActor.get();
        actor.require(Permission.IMPORT_CONTENT, actor.agencyId());
        return actor;
    }

    /** The folder holding the items: {@code items/} when there is one, and past a single wrapping folder. */
    static Path bundleRoot(Path folder) throws IOException {
        Path root = folder;
        for (int depth = 0; depth < 2 && !Files.isDirectory(root.resolve("items")); depth++) {
            List<Path> children;
            try (Stream<Path> list = Files.list(root)) {
                children = list.filter(ContentImport::bundlePart).toList();
            }
            if (children.size() != 1 || !Files.isDirectory(children.get(0))
                    || Files.exists(children.get(0).resolve(ItemManifest.FILE))) {
                break;
            }
            root = children.get(0);
        }
        return root;
    }

    private static List<Path> itemFolders(Path root) throws IOException {
        Path items = Files.isDirectory(root.resolve("items")) ? root.resolve("items") : root;
        try (Stream<Path> list = Files.list(items)) {
            return list.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).filter(ContentImport::bundlePart)
                    .filter(p -> Files.exists(p.resolve(ItemManifest.FILE)) || items != root)
                    .sorted().toList();
        }
    }

    /** Not the archiver's leftovers: hidden files and macOS's {@code __MACOSX} folder. */
    private static boolean bundlePart(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith(".") && !name.equals("__MACOSX");
    }

    /** Agencies and topics the bundle names that the portal lacks: added when the importer administers the portal. */
    private void addMissingTaxonomy(Path root, Actor importer, List<String> notes) {
        boolean administers = importer.may(Permission.ADMINISTER_PORTAL, null);
        addMissing(root.resolve("agencies.json"), "agency", records::agencyExists,
                a -> administration.registerAgency(a.getString("code"), a.getString("nameTh", a.getString("code")),
                        a.getString("nameEn", a.getString("code"))), "registered", administers, notes);
        addMissing(root.resolve("topics.json"), "topic", records::topicExists,
                t -> taxonomy.add(t.getString("code"), t.getString("th", t.getString("code")),
                        t.getString("en", t.getString("code"))), "added", administers, notes);
    }

    private static void addMissing(Path file, String what, java.util.function.Predicate<String> known,
            java.util.function.Consumer<JsonObject> add, String done, boolean administers, List<String> notes) {
        for (JsonObject entry : list(file, notes)) {
            String code = entry.getString("code", "");
            if (code.isBlank() || known.test(code)) {
                continue;
            }
            if (!administers) {
                notes.add(what + " " + code + " is not in the portal; only a system administrator adds it");
                continue;
            }
            try {
                add.accept(entry);
                notes.add(what + " " + code + " " + done);
            } catch (RuntimeException e) {
                notes.add(what + " " + code + " not " + done + ": " + reasonOrMessage(e));
            }
        }
    }

    private static List<JsonObject> list(Path file, List<String> notes) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Jsonp.array(Files.readString(file)).stream()
                    .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject).toList();
        } catch (IOException | JsonException | ClassCastException e) {
            notes.add(file.getFileName() + " ignored: not a JSON list of objects (" + e.getMessage() + ")");
            return List.of();
        }
    }

    /** The reason to report for a refusal the rules made, or {@code null} for an unexpected failure. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violations) {
                return violations.getConstraintViolations().stream()
                        .map(v -> lastNode(v.getPropertyPath()) + ": " + v.getMessage()).sorted()
                        .reduce((a, b) -> a + "; " + b).orElse(t.getMessage());
            }
            if (t instanceof WorkflowException || t instanceof AccessDeniedException
                    || t instanceof MediaRefusedException || t instanceof IllegalArgumentException
                    || t instanceof SafeArchive.RefusedException || t instanceof ImportFileException) {
                return t.getMessage();
            }
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                String message = String.valueOf(sql.getMessage());
                return message.contains("slug") ? "slug: another item in this language already uses it"
                        : message.contains("translation") ? "translationOf: the original already has a translation in"
                                + " this language" : "another item already uses one of its unique values";
            }
        }
        return null;
    }

    /** "create.arg0.draft.title" → "title": the manifest's field, not the method's parameter path. */
    private static String lastNode(jakarta.validation.Path path) {
        String last = path.toString();
        for (jakarta.validation.Path.Node node : path) {
            last = node.getName() == null ? last : node.getName();
        }
        return last;
    }

    private static String reasonOrMessage(Exception e) {
        String reason = reason(e);
        return reason != null ? reason : rootCause(e).getMessage();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
