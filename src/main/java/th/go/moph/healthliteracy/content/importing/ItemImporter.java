package th.go.moph.healthliteracy.content.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.content.application.ArticleHtml;
import th.go.moph.healthliteracy.content.application.ContentAuthoring;
import th.go.moph.healthliteracy.content.application.NewItem;
import th.go.moph.healthliteracy.content.domain.ContentDraft;
import th.go.moph.healthliteracy.content.domain.ContentItem;
import th.go.moph.healthliteracy.content.domain.ContentItemRepository;
import th.go.moph.healthliteracy.content.domain.ContentType;
import th.go.moph.healthliteracy.content.domain.PublicationStatus;
import th.go.moph.healthliteracy.content.domain.Revision;
import th.go.moph.healthliteracy.content.domain.WorkflowState;
import th.go.moph.healthliteracy.content.importing.ImportOutcome.Result;
import th.go.moph.healthliteracy.content.importing.ItemManifest.MediaFiles;
import th.go.moph.healthliteracy.content.importing.ItemManifest.Publication;
import th.go.moph.healthliteracy.identity.application.CurrentActor;
import th.go.moph.healthliteracy.identity.domain.Actor;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.AgencyRepository;
import th.go.moph.healthliteracy.identity.domain.Permission;
import th.go.moph.healthliteracy.media.application.MediaCatalog;
import th.go.moph.healthliteracy.media.application.MediaUploads;
import th.go.moph.healthliteracy.media.domain.MediaAsset;
import th.go.moph.healthliteracy.publishing.application.PublicationDesk;

/**
 * Imports one manifest in one transaction, through the editor's own services — creation with its checks and body
 * cleaning, media uploads with their scanning and renditions, the publish gate — acting as
 * {@link Actor#forImport an import}. A manifest whose files are unchanged since the last import writes nothing;
 * anything refused rolls the whole item back (stored media files included), so no half-imported item is left.
 */
@ApplicationScoped
public class ItemImporter {

    /** When a scheduled item goes out on its day, in the portal's time zone. */
    static final LocalTime PUBLISH_TIME = LocalTime.of(6, 0);

    @Inject
    ContentAuthoring authoring;

    @Inject
    PublicationDesk desk;

    @Inject
    MediaUploads uploads;

    @Inject
    MediaCatalog media;

    @Inject
    ContentItemRepository items;

    @Inject
    AgencyRepository agencies;

    @Inject
    ImportRecords records;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Imports (or updates, or leaves alone) the item of {@code manifest} for {@code importer}. */
    @Transactional(TxType.REQUIRES_NEW)
    public ImportOutcome importItem(ItemManifest manifest, Actor importer) throws IOException {
        String fingerprint = fingerprint(manifest);
        var known = records.find(manifest.key());
        if (known.isPresent() && known.get().fingerprint().equals(fingerprint)) {
            return new ImportOutcome(manifest.key(), Result.UNCHANGED, known.get().itemId(), null);
        }
        Agency agency = agencies.findByCode(manifest.agency()).orElseThrow(() ->
                new IllegalArgumentException("agency: no agency '" + manifest.agency() + "' in the portal"));
        importer.require(Permission.IMPORT_CONTENT, agency.id());
        if (known.isPresent() && !known.get().agencyId().equals(agency.id())) {
            throw new IllegalArgumentException("agency: the item of '" + manifest.key()
                    + "' belongs to another agency; an import does not move items between agencies");
        }
        LocalDate today = clock.instant().atZone(ContentItem.PORTAL_ZONE).toLocalDate();
        Actor asImport = Actor.forImport(importer.accountId(), agency.id());
        ImportOutcome outcome = currentActor.actingAs(asImport, () -> known.isEmpty()
                ? create(manifest, agency, today) : update(manifest, known.get().itemId(), today));
        records.remember(manifest.key(), outcome.itemId(), agency.id(), manifest.sample(), fingerprint,
                importer.accountId(), clock.instant());
        audit.record(outcome.result() == Result.IMPORTED ? "CONTENT_IMPORTED" : "CONTENT_REIMPORTED",
                Subject.of("content_item", outcome.itemId()), manifest.key() + ": " + outcome.detail());
        return outcome;
    }

    /** Archives an imported sample item: it leaves every public surface for good. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean archiveSample(UUID itemId, Actor importer) {
        ContentItem item = items.find(itemId).orElseThrow();
        if (item.status() == PublicationStatus.ARCHIVED) {
            return false;
        }
        importer.require(Permission.IMPORT_CONTENT, item.agencyId());
        currentActor.actingAs(Actor.forImport(importer.accountId(), item.agencyId()), () -> {
            desk.archive(itemId);
            return null;
        });
        return true;
    }

    private ImportOutcome create(ItemManifest manifest, Agency agency, LocalDate today) {
        UUID translationOf = manifest.translationOf() == null ? null : records.find(manifest.translationOf())
                .map(ImportRecords.Imported::itemId).orElseThrow(() -> new IllegalArgumentException("translationOf: no"
                        + " imported item '" + manifest.translationOf() + "' (its original comes first)"));
        UUID itemId = authoring.create(new NewItem(manifest.type(), agency.id(), manifest.language(), manifest.slug(),
                translationOf, manifest.draft()));
        manifest.media().ifPresent(files -> attach(itemId, manifest, files, Set.of()));
        List<String> done = new ArrayList<>(List.of("created"));
        publish(manifest, itemId, today, done);
        return new ImportOutcome(manifest.key(), Result.IMPORTED, itemId, String.join(", ", done));
    }

    private ImportOutcome update(ItemManifest manifest, UUID itemId, LocalDate today) {
        ContentItem item = items.find(itemId).orElseThrow();
        if (item.type() != manifest.type() || !item.language().equals(manifest.language())
                || !item.slug().equals(manifest.slug())) {
            throw new IllegalArgumentException("type, language and slug: an imported item keeps them ("
                    + item.type() + ", " + item.language() + ", " + item.slug() + ")");
        }
        List<String> done = new ArrayList<>();
        manifest.media().ifPresent(files -> {
            List<MediaAsset> assets = media.assetsOf(itemId);
            String sha256 = sha256(manifest.folder().resolve(files.file()));
            if (assets.stream().noneMatch(a -> a.sha256().equals(sha256))) {
                throw new IllegalArgumentException("media: the file changed since it was imported; replace it in the"
                        + " editor, where its renditions can be checked before they go out");
            }
            Set<String> captioned = assets.stream().flatMap(a -> media.captionsOf(a.id()).stream())
                    .map(row -> (String) row[0]).collect(Collectors.toSet());
            if (!captioned.containsAll(files.captions().keySet())) {
                attach(itemId, manifest, files, captioned);
                done.add("captions added");
            }
        });
        Revision latest = item.latestRevision();
        if (!latest.content().equals(cleaned(manifest.draft()))) {
            authoring.save(itemId, latest.number(), manifest.draft(), "import: updated");
            done.add("new revision " + item.latestRevision().number());
        }
        publish(manifest, itemId, today, done);
        return new ImportOutcome(manifest.key(), Result.UPDATED, itemId, done.isEmpty() ? "nothing to change"
                : String.join(", ", done));
    }

    /** The review date, the attested sign-off, and the publication the manifest asks for. */
    private void publish(ItemManifest manifest, UUID itemId, LocalDate today, List<String> done) {
        ContentItem item = items.find(itemId).orElseThrow();
        LocalDate due = manifest.nextReviewDue(today);
        boolean lapsed = due.isBefore(today) && manifest.publication() != Publication.DRAFT
                && manifest.attestation().isPresent();
        if (!due.equals(item.nextReviewDue())) {
            // a lapsed date is set once the item is public: it arrives as it stands at its source, overdue
            authoring.setNextReviewDue(itemId, lapsed ? today : due);
        }
        boolean attestable = item.working().map(w -> Set.of(WorkflowState.DRAFT, WorkflowState.IN_REVIEW,
                WorkflowState.CHANGES_REQUESTED).contains(w.state())).orElse(false);
        if (manifest.attestation().isPresent() && attestable) {
            ContentItem locked = items.findForUpdate(itemId).orElseThrow();
            var attestation = manifest.attestation().get().on(today);
            locked.recordExternalSignOff(currentActor.get().accountId(), attestation, clock.instant());
            audit.record("CONTENT_ATTESTATION_RECORDED", Subject.of("content_item", itemId,
                    locked.working().orElseThrow().number()), "attested by " + attestation.attestedBy() + " ("
                    + attestation.agency() + ") on " + attestation.date());
            done.add("external sign-off recorded (" + attestation.agency() + ", " + attestation.date() + ")");
        }
        Publication wanted = manifest.publication();
        boolean approved = item.working().map(w -> w.state() == WorkflowState.APPROVED).orElse(false);
        if (wanted != Publication.DRAFT && manifest.attestation().isEmpty()) {
            done.add("kept as a draft: the manifest carries no attested sign-off");
        } else if (wanted == Publication.SCHEDULED && approved) {
            Instant at = today.plusDays(manifest.publishInDays()).atTime(PUBLISH_TIME)
                    .atZone(ContentItem.PORTAL_ZONE).toInstant();
            desk.schedule(itemId, at, item.unpublishAt());
            desk.publishWhenReady(itemId);
            done.add("scheduled for " + at.atZone(ContentItem.PORTAL_ZONE).toLocalDate());
        } else if (wanted != Publication.DRAFT && approved) {
            desk.publishWhenReady(itemId);
            done.add(item.status() == PublicationStatus.PUBLISHED ? "published"
                    : "published once its renditions are made");
        } else if (wanted == Publication.PUBLISHED && item.status() == PublicationStatus.WITHDRAWN
                && item.working().isEmpty()) {
            desk.publish(itemId);
            done.add("published again");
        }
        if (wanted == Publication.WITHDRAWN && item.status() == PublicationStatus.PUBLISHED) {
            desk.withdraw(itemId, manifest.withdrawnReason());
            done.add("withdrawn");
        } else if (wanted == Publication.WITHDRAWN && item.status() != PublicationStatus.WITHDRAWN
                && manifest.attestation().isPresent()) {
            throw new IllegalArgumentException("publication: a withdrawn item must have been public first, and a"
                    + " picture or video is public only once its renditions are made; import it as a draft");
        }
        if (lapsed && item.status() == PublicationStatus.PUBLISHED && !due.equals(item.nextReviewDue())) {
            authoring.setNextReviewDue(itemId, due);
            done.add("review overdue since " + due);
        }
    }

    /** Uploads the media file (unless {@code captioned} says it is there) and the caption files not yet stored. */
    private void attach(UUID itemId, ItemManifest manifest, MediaFiles files, Set<String> captioned) {
        try {
            UUID assetId;
            if (captioned.isEmpty() && media.assetsOf(itemId).isEmpty()) {
                MediaAsset.Kind kind = manifest.type() == ContentType.IMAGE ? MediaAsset.Kind.IMAGE
                        : MediaAsset.Kind.VIDEO;
                try (InputStream in = Files.newInputStream(manifest.folder().resolve(files.file()))) {
                    assetId = uploads.receive(itemId, kind, files.file(), in);
                }
                uploads.recordPeople(assetId, files.peoplePresent(), files.consentReference());
            } else {
                assetId = media.assetsOf(itemId).get(0).id();
            }
            for (Map.Entry<String, String> captions : files.captions().entrySet()) {
                if (!captioned.contains(captions.getKey())) {
                    uploads.addCaptions(assetId, captions.getKey(),
                            Files.readAllBytes(manifest.folder().resolve(captions.getValue())));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The draft as the editor's save stores it: the body cleaned to the allow-list. */
    private static ContentDraft cleaned(ContentDraft draft) {
        return new ContentDraft(draft.title(), draft.summary(), ArticleHtml.clean(draft.body()), draft.topics(),
                draft.audiences(), draft.licence(), draft.attribution(), draft.citations(), draft.altText(),
                draft.captionsWaiver(), draft.correctionNote());
    }

    /**
     * What was imported, byte for byte: the manifest and every file it names. Same fingerprint, same item: a second
     * import of an unchanged bundle writes nothing.
     */
    static String fingerprint(ItemManifest manifest) throws IOException {
        MessageDigest digest = sha256Digest();
        digest.update("item-import.v1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<String> files = new ArrayList<>(List.of(ItemManifest.FILE));
        manifest.media().ifPresent(m -> {
            files.add(m.file());
            files.addAll(m.captions().values());
        });
        digest.update(manifest.bodyHtml().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String name : files) {
            digest.update(("\n" + name + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digestFile(digest, manifest.folder().resolve(name));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(Path file) {
        MessageDigest digest = sha256Digest();
        try {
            digestFile(digest, file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void digestFile(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
