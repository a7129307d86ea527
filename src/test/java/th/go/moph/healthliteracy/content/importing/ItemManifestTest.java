package th.go.moph.healthliteracy.content.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.go.moph.healthliteracy.content.domain.ContentType;

class ItemManifestTest {

    private static final Path SAMPLES = Path.of("content-samples/items");

    @TempDir
    Path dir;

    @Test
    void everySampleManifestReadsAndMakesADraft() throws Exception {
        List<Path> folders;
        try (var list = Files.list(SAMPLES)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(folders.size() >= 39, "samples: " + folders.size());
        for (Path folder : folders) {
            ItemManifest item = ItemManifest.read(folder);
            assertEquals(folder.getFileName().toString(), item.key());
            assertTrue(item.sample(), item.key() + " is marked as sample content");
            assertTrue(!item.draft().body().isBlank() && !item.sources().isEmpty(), item.key());
        }
        ItemManifest english = ItemManifest.read(SAMPLES.resolve("dengue-prevention-en"));
        assertEquals("dengue-prevention", english.translationOf());
        assertEquals(ContentType.ARTICLE, english.type());
        assertEquals(LocalDate.of(2026, 10, 14),
                english.attestation().orElseThrow().on(LocalDate.of(2026, 11, 28)).date());
        assertEquals(LocalDate.of(2028, 10, 13), english.nextReviewDue(LocalDate.of(2026, 11, 28)));
    }

    @Test
    void aVideoNamesItsFileCaptionsAndWhetherPeopleAppear() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("hand-washing-video"));
        Files.writeString(folder.resolve("body.html"), "<p>คำบรรยาย</p>");
        Files.write(folder.resolve("video.mp4"), new byte[] {0, 0, 0, 24});
        Files.writeString(folder.resolve("th.vtt"), "WEBVTT\n");
        Files.writeString(folder.resolve("item.json"), manifest("VIDEO", """
                "media": {"file": "video.mp4", "peoplePresent": true, "consentReference": "DOH-2026-17",
                          "captions": {"th": "th.vtt"}},
                "attestation": {"attestedBy": "นพ. ตัวอย่าง", "agency": "DOH", "date": "2026-10-01"},
                """));
        ItemManifest video = ItemManifest.read(folder);
        ItemManifest.MediaFiles media = video.media().orElseThrow();
        assertEquals("video.mp4", media.file());
        assertTrue(media.peoplePresent());
        assertEquals("DOH-2026-17", media.consentReference());
        assertEquals(java.util.Map.of("th", "th.vtt"), media.captions());
        assertEquals(LocalDate.of(2026, 10, 1), video.attestation().orElseThrow().on(LocalDate.of(2026, 11, 28)).date());
    }

    @Test
    void mediaProblemsAreNamed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("bad-media"));
        Files.writeString(folder.resolve("body.html"), "<p>คำบรรยาย</p>");
        Files.writeString(folder.resolve("item.json"), manifest("IMAGE", """
                "media": {"file": "../secret.png", "peoplePresent": true},
                "attestation": {"attestedBy": "x", "agency": "DOH", "date": "2026-10-01", "daysAgo": 3},
                """));
        String problems = String.join("\n", assertThrows(ManifestException.class, () -> ItemManifest.read(folder))
                .problems());
        for (String expected : List.of("media: a file name in the item's folder", "consent reference",
                "altText:", "attestation:")) {
            assertTrue(problems.contains(expected), expected + " missing from\n" + problems);
        }
        Path article = Files.createDirectories(dir.resolve("article-with-media"));
        Files.writeString(article.resolve("body.html"), "<p>เนื้อหา</p>");
        Files.writeString(article.resolve("item.json"), manifest("ARTICLE", """
                "media": {"file": "body.html", "peoplePresent": false},
                """));
        assertTrue(assertThrows(ManifestException.class, () -> ItemManifest.read(article)).getMessage()
                .contains("only pictures and videos carry a media file"));
    }

    private static String manifest(String type, String extra) {
        return """
                {"key": "%s", "sample": false, "type": "%s", "language": "th", "slug": "%s", "agency": "DOH",
                 "licence": "CC_BY_4_0", "attribution": "กรมอนามัย", "title": "ล้างมือ", "summary": "สรุป",
                 "body": "body.html", "topics": ["hygiene"], "audiences": ["ADULTS"],
                 %s
                 "sources": [{"title": "WHO", "url": "https://www.who.int/"}], "publication": "published"}
                """.formatted(type.equals("VIDEO") ? "hand-washing-video" : type.equals("IMAGE") ? "bad-media"
                        : "article-with-media", type, "slug-" + type.toLowerCase(), extra);
    }

    @Test
    void aBrokenManifestNamesEveryProblem() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("broken-item"));
        Files.writeString(folder.resolve("item.json"), """
                {"key": "broken-item", "type": "PODCAST", "language": "thai", "slug": "x", "agency": "DDC",
                 "licence": "CC_BY_4_0", "attribution": "กรมควบคุมโรค", "title": "", "summary": "สรุป",
                 "body": "../../etc/passwd", "topics": ["dengue"], "audiences": ["ALIENS"], "sources": [],
                 "publication": "withdrawn"}
                """);
        ManifestException refused = assertThrows(ManifestException.class, () -> ItemManifest.read(folder));
        String problems = String.join("\n", refused.problems());
        for (String field : List.of("type:", "language:", "slug:", "title:", "body:", "audiences:", "sources:",
                "withdrawnReason:")) {
            assertTrue(problems.contains(field), field + " missing from\n" + problems);
        }
        assertEquals("broken-item", refused.key());
    }

    @Test
    void aManifestThatIsNotJsonOrNotThereSaysSo() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertTrue(assertThrows(ManifestException.class, () -> ItemManifest.read(empty)).getMessage()
                .contains("item.json: missing"));
        Path junk = Files.createDirectories(dir.resolve("junk"));
        Files.writeString(junk.resolve("item.json"), "[1, 2");
        assertTrue(assertThrows(ManifestException.class, () -> ItemManifest.read(junk)).getMessage()
                .contains("not a JSON object"));
    }
}
