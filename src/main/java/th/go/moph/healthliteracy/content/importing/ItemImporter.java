package th.go.moph.healthliteracy.content.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
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
import th.go.moph.healthliteracy.platform.text.Sha256;
import th.go.moph.healthliteracy.publishing.application.PublicationDesk;
import th.go.moph.healthliteracy.review.application.ReviewDecisions;

/**
 * Imports one manifest in one transaction, through the editor's own services — creation with its checks and body
 * cleaning, media uploads with their scanning and renditions, the review dates, the external sign-off, the publish
 * gate — acting as {@link Actor#forImport an import}. A manifest whose files are unchanged since the last import
 * writes nothing; anything refused rolls the whole item back (stored media files included), so no half-imported item
 * is left. Two imports of one key take turns (an advisory lock), so two instances never make it twice.
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
    ReviewDecisions review;

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
        Agency agency = agencies.findByCode(manifest.agency()).orElseThrow(() ->
                new IllegalArgumentException("agency: no agency '" + manifest.agency() + "' in the portal"));
        importer.require(Permission.IMPORT_CONTENT, agency.id());
        records.lock(manifest.key());
        String fingerprint = fingerprint(manifest);
        var known = records.find(manifest.key());
        if (known.isPresent() && !known.get().agencyId().equals(agency.id())) {
            throw new IllegalArgumentException("key: '" + manifest.key() + "' is another agency's item; keys are"
                    + " unique in the portal, so choose another (an import does not move items between agencies)");
        }
        if (known.isPresent() && known.get().fingerprint().equals(fingerprint)) {
            return new ImportOutcome(manifest.key(), Result.UNCHANGED, known.get().itemId(), null);
        }
        List<String> done = new ArrayList<>();
        boolean sample = manifest.sample() && importer.may(Permission.ADMINISTER_PORTAL, null);
        if (manifest.sample() && !sample) {
            done.add("not marked as sample content: only a system administrator's import loads samples");
        }
        LocalDate today = clock.instant().atZone(ContentItem.PORTAL_ZONE).toLocalDate();
        UUID itemId = currentActor.actingAs(Actor.forImport(importer, agency.id()), () -> {
            UUID id = known.isEmpty() ? create(manifest, agency, done) : update(manifest, known.get(), done);
            settle(manifest, id, known.isEmpty(), today, done);
            return id;
        });
        ContentItem item = items.find(itemId).orElseThrow();
        records.remember(manifest.key(), itemId, agency.id(), sample, fingerprint, item.latestRevision().number(),
                importer.accountId(), clock.instant());
        ImportOutcome outcome = new ImportOutcome(manifest.key(), known.isEmpty() ? Result.IMPORTED : Result.UPDATED,
                itemId, done.isEmpty() ? "nothing to change" : String.join(", ", done));
        audit.record(known.isEmpty() ? "CONTENT_IMPORTED" : "CONTENT_REIMPORTED", Subject.of("content_item", itemId),
                manifest.key() + ": " + outcome.detail());
        return outcome;
    }

    /** Archives an imported sample item, as the portal whose samples they are: it leaves every public surface. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean archiveSample(UUID itemId) {
        if (items.find(itemId).orElseThrow().status() == PublicationStatus.ARCHIVED) {
            return false;
        }
        currentActor.actingAs(Actor.portal(PortalImports.PORTAL_IMPORT_ID), () -> {
            desk.archive(itemId);
            return null;
        });
        return true;
    }

    private UUID create(ItemManifest manifest, Agency agency, List<String> done) {
        UUID translationOf = manifest.translationOf() == null ? null : records.find(manifest.translationOf())
                .map(ImportRecords.Imported::itemId).orElseThrow(() -> new IllegalArgumentException("translationOf: no"
                        + " imported item '" + manifest.translationOf() + "' (the original is imported first, and"
                        + " must itself be accepted)"));
        UUID itemId = authoring.create(new NewItem(manifest.type(), agency.id(), manifest.language(), manifest.slug(),
                translationOf, manifest.draft()));
        done.add("created");
        manifest.media().ifPresent(files -> addCaptions(upload(itemId, manifest, files), manifest,
                files.captions().keySet()));
        return itemId;
    }

    private UUID update(ItemManifest manifest, ImportRecords.Imported known, List<String> done) {
        UUID itemId = known.itemId();
        ContentItem item = items.find(itemId).orElseThrow();
        if (item.type() != manifest.type() || !item.language().equals(manifest.language())
                || !item.slug().equals(manifest.slug())) {
            throw new IllegalArgumentException("type, language and slug: an imported item keeps them ("
                    + item.type() + ", " + item.language() + ", " + item.slug() + ")");
        }
        if (item.latestRevision().number() != known.itemRevision()) {
            throw new IllegalArgumentException("the item was edited in the portal since it was imported (revision "
                    + item.latestRevision().number() + "); an import does not overwrite editors' work, so make this"
                    + " change in the portal");
        }
        manifest.media().ifPresent(files -> {
            String sha256 = sha256(manifest, files.file());
            MediaAsset asset = media.assetsOf(itemId).stream().filter(a -> a.sha256().equals(sha256)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("media: the file changed since it was imported;"
                            + " replace it in the editor, where its renditions can be checked before they go out"));
            Set<String> added = new TreeSet<>(files.captions().keySet());
            added.removeAll(media.captionsOf(asset.id()).stream().map(row -> (String) row[0])
                    .collect(Collectors.toSet()));
            if (!added.isEmpty()) {
                addCaptions(asset.id(), manifest, added);
                done.add("captions added (" + String.join(", ", added) + ")");
            }
        });
        Revision latest = item.latestRevision();
        ContentDraft draft = ContentAuthoring.asSaved(manifest.draft());
        boolean sameAsLive = item.working().isEmpty() && item.live().map(l -> l.content().equals(draft)).orElse(false);
        if (!latest.content().equals(draft) && !sameAsLive) {
            authoring.save(itemId, latest.number(), manifest.draft(), "import: updated");
            done.add("new revision " + item.latestRevision().number());
        }
        return itemId;
    }

    /** The review date, the attested sign-off and the publication the manifest asks for. */
    private void settle(ItemManifest manifest, UUID itemId, boolean created, LocalDate today, List<String> done) {
        ContentItem item = items.find(itemId).orElseThrow();
        boolean attesting = manifest.attestation().isPresent() && (item.working().isEmpty()
                ? item.live().isPresent() && !created && manifestAttestsAnew(manifest, item, today)
                : item.working().get().state() == WorkflowState.DRAFT);
        if (attesting && !currentActor.get().may(Permission.PUBLISH_CONTENT, item.agencyId())) {
            done.add("kept as a draft: accepting an attested sign-off takes the publisher role for the item's agency");
            attesting = false;
        }
        LocalDate due = manifest.nextReviewDue(today);
        boolean lapsed = attesting && due.isBefore(today);
        // a review date comes with a new item or a new sign-off only: re-importing never moves one on its own
        if ((created || attesting) && !due.equals(item.nextReviewDue())) {
            authoring.setNextReviewDue(itemId, lapsed ? today : due);
            done.add("next review " + due);
        }
        if (attesting) {
            if (item.working().isEmpty()) {
                authoring.startReview(itemId, item.latestRevision().number()); // a live item attested anew
            }
            var attestation = manifest.attestation().get().on(today);
            review.recordExternalSignOff(itemId, attestation);
            done.add("external sign-off recorded (" + attestation.agency() + ", " + attestation.date() + ")");
        } else if (manifest.attestation().isEmpty() && manifest.publication() != Publication.DRAFT) {
            done.add("kept as a draft: the manifest carries no attested sign-off");
        }
        publication(manifest, item, today, lapsed ? due : null, done);
    }

    /** Whether the manifest's attestation is newer than the sign-off of the live revision. */
    private static boolean manifestAttestsAnew(ItemManifest manifest, ContentItem item, LocalDate today) {
        LocalDate attested = manifest.attestation().get().on(today).date();
        return item.lastReviewed() == null || attested.isAfter(item.lastReviewed());
    }

    private void publication(ItemManifest manifest, ContentItem item, LocalDate today, LocalDate lapsedDue,
            List<String> done) {
        UUID itemId = item.id();
        Publication wanted = manifest.publication();
        WorkflowState working = item.working().map(Revision::state).orElse(null);
        if (working == WorkflowState.SCHEDULED && wanted != Publication.DRAFT) {
            desk.schedule(itemId, null, item.unpublishAt()); // planned again below, as the manifest now asks
            working = WorkflowState.APPROVED;
        }
        if (working == WorkflowState.APPROVED && wanted != Publication.DRAFT) {
            if (lapsedDue != null && item.type() != ContentType.ARTICLE) {
                done.add("not published: its review date " + lapsedDue + " has passed; renew the attestation");
                return;
            }
            if (wanted == Publication.SCHEDULED) {
                desk.schedule(itemId, today.plusDays(manifest.publishInDays()).atTime(PUBLISH_TIME)
                        .atZone(ContentItem.PORTAL_ZONE).toInstant(), item.unpublishAt());
                done.add("scheduled for " + today.plusDays(manifest.publishInDays()));
            }
            desk.publishWhenReady(itemId);
            if (wanted != Publication.SCHEDULED) {
                done.add(item.working().isEmpty() ? "published" : "published once its renditions are made");
            }
        } else if (wanted == Publication.PUBLISHED && item.status() == PublicationStatus.WITHDRAWN
                && working == null) {
            desk.publish(itemId);
            done.add("published again");
        } else if (wanted == Publication.DRAFT && item.status() == PublicationStatus.PUBLISHED) {
            done.add("still public: an import does not unpublish; withdraw it in the portal");
        }
        if (lapsedDue != null && item.status() == PublicationStatus.PUBLISHED) {
            // published as it stands at its source, where its review lapsed: overdue here too
            authoring.setNextReviewDue(itemId, lapsedDue);
            done.add("review overdue since " + lapsedDue);
        }
        if (wanted == Publication.WITHDRAWN && item.status() == PublicationStatus.PUBLISHED) {
            desk.withdraw(itemId, manifest.withdrawnReason());
            done.add("withdrawn");
        }
    }

    /** Uploads the media file: checked by content, scanned, stored, its renditions queued, its people recorded. */
    private UUID upload(UUID itemId, ItemManifest manifest, MediaFiles files) {
        MediaAsset.Kind kind = manifest.type() == ContentType.IMAGE ? MediaAsset.Kind.IMAGE : MediaAsset.Kind.VIDEO;
        try (InputStream in = Files.newInputStream(manifest.folder().resolve(files.file()))) {
            UUID assetId = uploads.receive(itemId, kind, files.file(), in);
            uploads.recordPeople(assetId, files.peoplePresent(), files.consentReference());
            return assetId;
        } catch (IOException e) {
            throw new ImportFileException(files.file(), e);
        }
    }

    private void addCaptions(UUID assetId, ItemManifest manifest, Set<String> languages) {
        for (String language : languages) {
            String file = manifest.media().orElseThrow().captions().get(language);
            try {
                uploads.addCaptions(assetId, language, Files.readAllBytes(manifest.folder().resolve(file)));
            } catch (IOException e) {
                throw new ImportFileException(file, e);
            }
        }
    }

    private static String sha256(ItemManifest manifest, String file) {
        try {
            return Sha256.hexOf(manifest.folder().resolve(file));
        } catch (IOException e) {
            throw new ImportFileException(file, e);
        }
    }

    /**
     * What was imported, byte for byte: the manifest and every file it names. Same fingerprint, same item: a second
     * import of an unchanged bundle writes nothing.
     */
    static String fingerprint(ItemManifest manifest) throws IOException {
        MessageDigest digest = Sha256.digest();
        digest.update("item-import.v1\n".getBytes(StandardCharsets.UTF_8));
        List<String> files = new ArrayList<>(List.of(ItemManifest.FILE));
        manifest.media().ifPresent(m -> {
            files.add(m.file());
            files.addAll(m.captions().values());
        });
        digest.update(manifest.bodyHtml().getBytes(StandardCharsets.UTF_8));
        for (String name : files) {
            digest.update(("\n" + name + "\n").getBytes(StandardCharsets.UTF_8));
            Sha256.update(digest, manifest.folder().resolve(name));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
