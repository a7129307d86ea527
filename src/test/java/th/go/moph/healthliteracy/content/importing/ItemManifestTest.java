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
        assertEquals(LocalDate.of(2026, 10, 14), english.lastReviewed(LocalDate.of(2026, 11, 28)));
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
