package th.go.moph.healthliteracy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.go.moph.healthliteracy.testing.SampleBundles.copy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import th.go.moph.healthliteracy.content.importing.ContentImport;
import th.go.moph.healthliteracy.content.importing.ImportOutcome;
import th.go.moph.healthliteracy.content.importing.ImportOutcome.Result;
import th.go.moph.healthliteracy.content.importing.ImportRecords;
import th.go.moph.healthliteracy.content.importing.ImportReport;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.platform.archive.SafeArchive;
import th.go.moph.healthliteracy.testing.ActingAs;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;
import th.go.moph.healthliteracy.testing.SampleBundles;

/**
 * The importer through the real services, database, media store and scanner: {@code content-samples/} imported twice
 * (the second time, every item "unchanged" and not one more row), every publication state the samples ask for, and a
 * bundle with broken items among good ones (the good ones in, each broken one refused with its reason and nothing of
 * it left behind).
 */
@ExtendWith(ArquillianExtension.class)
class ContentImportIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    ActingAs acting;

    @Inject
    Fixtures fixtures;

    @Inject
    ContentImport imports;

    @Inject
    ImportRecords records;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    private static final Path SAMPLES = SampleBundles.samples();

    private long count(String sql, Object... parameters) throws Exception {
        return ((Number) single(sql, parameters)).longValue();
    }

    private Object single(String sql, Object... parameters) throws Exception {
        tx.begin();
        try {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getSingleResult();
        } finally {
            tx.commit();
        }
    }

    /** The item's publication status and its working revision's state ("-" without one). */
    private String state(UUID itemId) throws Exception {
        return (String) single("select i.status || '/' || coalesce(r.state, '-') from content_item i left join"
                + " revision r on r.item_id = i.id and r.number = i.working_revision where i.id = ?1", itemId);
    }

    @Test
    void theSamplesImportOnceAndASecondRunChangesNothing() throws Exception {
        acting.become(fixtures.account(fixtures.agency("Importer"), GrantScope.ALL_AGENCIES, Role.SYSTEM_ADMIN,
                Role.PUBLISHER));
        long folders;
        try (Stream<Path> list = Files.list(SAMPLES.resolve("items"))) {
            folders = list.filter(Files::isDirectory).count();
        }

        ImportReport first = imports.importFolder(SAMPLES, "content-samples");
        System.out.println(first.text());
        assertEquals(0, first.count(Result.REFUSED), first.text());
        assertEquals(folders, first.count(Result.IMPORTED), first.text());
        long items = count("select count(*) from content_item");
        long revisions = count("select count(*) from revision");
        long assets = count("select count(*) from media_asset");

        ImportReport second = imports.importFolder(SAMPLES, "content-samples again");
        assertEquals(folders, second.count(Result.UNCHANGED), second.text());
        assertTrue(second.text().lines().skip(1).allMatch(line -> line.startsWith("unchanged")), second.text());
        assertEquals(items, count("select count(*) from content_item"), "not one item more");
        assertEquals(revisions, count("select count(*) from revision"), "not one revision more");
        assertEquals(assets, count("select count(*) from media_asset"), "not one media file more");
        assertEquals(folders, count("select count(*) from content_import where sample"));

        assertEquals("PUBLISHED/-", state(outcome(first, "dengue-prevention").itemId()));
        assertEquals("WITHDRAWN/-", state(outcome(first, "covid19-respiratory-hygiene").itemId()));
        assertEquals("UNPUBLISHED/SCHEDULED", state(outcome(first, "teen-sleep").itemId()));
        UUID overdue = outcome(first, "seasonal-influenza").itemId();
        assertEquals(1, count("select count(*) from content_item where id = ?1 and status = 'PUBLISHED'"
                + " and next_review_due < ?2", overdue, LocalDate.now()), "published and overdue for review");

        // an attested sign-off is recorded as exactly that, dating the review, and never as a review in the portal
        UUID dengue = outcome(first, "dengue-prevention").itemId();
        Object[] signOff = (Object[]) single("select r.sign_off_kind, r.attested_agency, r.attested_on, i.last_reviewed"
                + " from content_item i join revision r on r.item_id = i.id and r.number = i.live_revision"
                + " where i.id = ?1", dengue);
        assertEquals("EXTERNAL_ATTESTATION", signOff[0]);
        assertEquals("Health Literacy Portal project (sample content)", signOff[1]);
        assertEquals(String.valueOf(signOff[2]), String.valueOf(signOff[3]), "last reviewed on the attested day");
        assertEquals(0, count("select count(*) from content_import c join revision r on r.item_id = c.item_id"
                + " where r.sign_off_kind = 'PORTAL_REVIEW'"), "no import passes for a review in the portal");

        // translations join their originals; media items carry their files, captions and people records
        assertEquals(1, count("select count(*) from content_item a join content_item b"
                + " on a.translation_group = b.translation_group where a.id = ?1 and b.id = ?2",
                outcome(first, "dengue-prevention").itemId(), outcome(first, "dengue-prevention-en").itemId()));
        assertTrue(count("select count(*) from content_import c join media_asset a on a.item_id = c.item_id"
                + " where a.kind = 'VIDEO'") >= 4, "the sample videos");
        assertTrue(count("select count(*) from content_import c join media_asset a on a.item_id = c.item_id"
                + " where a.kind = 'IMAGE' and a.people_present is not null") >= 8, "the sample infographics");
        assertTrue(count("select count(*) from content_import c join media_asset a on a.item_id = c.item_id"
                + " join media_caption m on m.asset_id = a.id where m.language = 'th'") >= 4, "Thai captions");

        // the samples can be archived: they leave the public surfaces, and the site's notice with them
        assertTrue(records.samplesPublic());
        assertEquals(folders, imports.archiveSamples());
        assertFalse(records.samplesPublic());
    }

    @Test
    void aBrokenItemAmongGoodOnesIsRefusedAndLeavesNothingBehind(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        acting.become(fixtures.account(fixtures.agency("Importer"), Role.SYSTEM_ADMIN, GrantScope.ALL_AGENCIES));
        String run = Long.toString(System.nanoTime(), 36);
        Path items = SampleBundles.bundle(dir.resolve("bundle")).resolve("items");
        copy("hand-washing-7-steps", items, "good-one-" + run, null);
        copy("heat-stroke", items, "good-two-" + run, null);
        // refused by the manifest check: no title, an unknown audience
        copy("rabies-prevention", items, "no-title-" + run, json -> json.replace("\"title\":", "\"untitled\":")
                .replace("\"audiences\": [", "\"audiences\": [\"MARTIANS\", "));
        // refused by the taxonomy, after reading
        copy("snake-bite-first-aid", items, "unknown-topic-" + run, json -> json.replaceFirst(
                "\"topics\": \\[[^\\]]*\\]", "\"topics\": [\"no-such-topic-" + run + "\"]"));
        // refused half-way: the item is made, then its "picture" turns out not to be one; all of it rolls back
        Path fake = copy("hand-washing-7-steps", items, "fake-picture-" + run, json -> json
                .replace("\"type\": \"ARTICLE\"", "\"type\": \"IMAGE\"")
                .replace("\"publication\"", "\"altText\": \"ภาพขั้นตอนล้างมือ\", \"media\": {\"file\": \"picture.png\","
                        + " \"peoplePresent\": false}, \"publication\""));
        Files.writeString(fake.resolve("picture.png"), "this is not a picture");

        ImportReport report = imports.importFolder(dir.resolve("bundle"), "broken bundle");
        System.out.println(report.text());
        assertEquals(Result.IMPORTED, outcome(report, "good-one-" + run).result());
        assertEquals(Result.IMPORTED, outcome(report, "good-two-" + run).result());
        String noTitle = outcome(report, "no-title-" + run).detail();
        assertTrue(noTitle.contains("title: missing") && noTitle.contains("MARTIANS"), noTitle);
        assertTrue(outcome(report, "unknown-topic-" + run).detail().contains("no-such-topic-" + run), report.text());
        ImportOutcome picture = outcome(report, "fake-picture-" + run);
        assertEquals(Result.REFUSED, picture.result());
        assertTrue(picture.detail().toLowerCase().contains("picture") || picture.detail().contains("image"),
                picture.detail());
        for (String broken : List.of("no-title-", "unknown-topic-", "fake-picture-")) {
            assertEquals(0, count("select count(*) from content_item where slug = ?1", broken + run),
                    broken + " left an item behind");
            assertEquals(0, count("select count(*) from content_import where import_key = ?1", broken + run));
        }
        assertEquals(1, count("select count(*) from import_run where source = 'broken bundle' and imported = 2"
                + " and refused = 3 and finished_at is not null"));

        // the same bundle again: the good ones are unchanged, the broken ones refused again, nothing doubled
        ImportReport again = imports.importFolder(dir.resolve("bundle"), "broken bundle again");
        assertEquals(Result.UNCHANGED, outcome(again, "good-one-" + run).result(), again.text());
        assertEquals(3, again.count(Result.REFUSED), again.text());
    }

    @Test
    void anArchiveThatReachesOutsideItsFolderIsRefusedWhole() throws Exception {
        acting.become(fixtures.account(fixtures.agency("Importer"), Role.SYSTEM_ADMIN, GrantScope.ALL_AGENCIES));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("items/fine/item.json"));
            out.write("{}".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("../../escaped.txt"));
            out.write("x".getBytes(StandardCharsets.UTF_8));
        }
        SafeArchive.RefusedException refused = assertThrows(SafeArchive.RefusedException.class,
                () -> imports.importArchive(new ByteArrayInputStream(zip.toByteArray()), "escaping.zip"));
        assertTrue(refused.getMessage().contains("escaped.txt") || refused.getMessage().contains(".."),
                refused.getMessage());
    }

    @Test
    void anAgencyAdministratorImportsOnlyForTheirOwnAgency(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        var agency = fixtures.agency("Partner");
        var other = fixtures.agency("Another partner");
        fixtures.topic("diabetes", "เบาหวาน", "Diabetes");
        fixtures.topic("ncd", "โรคไม่ติดต่อเรื้อรัง", "Non-communicable diseases");
        acting.become(fixtures.account(agency, Role.AGENCY_ADMIN, GrantScope.OWN_AGENCY));
        Path items = Files.createDirectories(dir.resolve("items"));
        String run = Long.toString(System.nanoTime(), 36);
        copy("diabetes-basics", items, "own-" + run, json -> json.replaceFirst("\"agency\": \"[A-Z]+\"",
                "\"agency\": \"" + agency.code() + "\""));
        copy("diabetes-basics", items, "other-" + run, json -> json.replaceFirst("\"agency\": \"[A-Z]+\"",
                "\"agency\": \"" + other.code() + "\""));
        ImportReport report = imports.importFolder(dir, "partner bundle");
        assertEquals(Result.IMPORTED, outcome(report, "own-" + run).result(), report.text());
        assertTrue(outcome(report, "own-" + run).detail().contains("kept as a draft: accepting an attested sign-off"
                + " takes the publisher role"), report.text());
        assertEquals("UNPUBLISHED/DRAFT", state(outcome(report, "own-" + run).itemId()),
                "an administrator's import makes drafts: the attestation waits for a publisher");
        assertEquals(Result.REFUSED, outcome(report, "other-" + run).result(), report.text());
        assertTrue(outcome(report, "other-" + run).detail().contains("import content"), report.text());
    }

    private static ImportOutcome outcome(ImportReport report, String key) {
        return report.outcomes().stream().filter(o -> o.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no outcome for " + key + " in\n" + report.text()));
    }
}
