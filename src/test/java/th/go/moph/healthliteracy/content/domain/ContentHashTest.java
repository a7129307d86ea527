package th.go.moph.healthliteracy.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static String hash(ContentDraft draft) {
        return ContentHash.of(ContentType.ARTICLE, "th", draft, "");
    }

    @Test
    void isLowerCaseHexSha256AndStable() {
        String hash = hash(Drafts.complete());
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, hash(Drafts.complete()));
    }

    @Test
    void ignoresSurroundingWhitespaceAndUnicodeComposition() {
        ContentDraft d = Drafts.complete();
        ContentDraft spaced = new ContentDraft("  " + d.title() + "\n", d.summary(), d.body(), d.topics(),
                d.audiences(), d.licence(), d.attribution(), d.citations(), d.altText(), d.captionsWaiver(),
                d.correctionNote());
        assertEquals(hash(d), hash(spaced));
    }

    @Test
    void everyContentAndClassificationFieldChangesIt() {
        ContentDraft d = Drafts.complete();
        List<ContentDraft> variants = List.of(
                new ContentDraft("x", d.summary(), d.body(), d.topics(), d.audiences(), d.licence(), d.attribution(), d.citations(), d.altText(), d.captionsWaiver(), d.correctionNote()),
                new ContentDraft(d.title(), "x", d.body(), d.topics(), d.audiences(), d.licence(), d.attribution(), d.citations(), d.altText(), d.captionsWaiver(), d.correctionNote()),
                new ContentDraft(d.title(), d.summary(), "<p>x</p>", d.topics(), d.audiences(), d.licence(), d.attribution(), d.citations(), d.altText(), d.captionsWaiver(), d.correctionNote()),
                new ContentDraft(d.title(), d.summary(), d.body(), new TreeSet<>(Set.of("dengue", "mosquito")), d.audiences(), d.licence(), d.attribution(), d.citations(), d.altText(), d.captionsWaiver(), d.correctionNote()),
                new ContentDraft(d.title(), d.summary(), d.body(), d.topics(), EnumSet.of(Audience.ELDERLY), d.licence(), d.attribution(), d.citations(), d.altText(), d.captionsWaiver(), d.correctionNote()),
                new ContentDraft(d.title(), d.summary(), d.body(), d.topics(), d.audiences(), Licence.ALL_RIGHTS_RESERVED, d.attribution(), d.citations(), d.altText(), d.captionsWaiver(), d.correctionNote()),
                new ContentDraft(d.title(), d.summary(), d.body(), d.topics(), d.audiences(), d.licence(), "x", d.citations(), d.altText(), d.captionsWaiver(), d.correctionNote()),
                new ContentDraft(d.title(), d.summary(), d.body(), d.topics(), d.audiences(), d.licence(), d.attribution(), List.of(new Citation("x", "https://example.org/")), d.altText(), d.captionsWaiver(), d.correctionNote()),
                new ContentDraft(d.title(), d.summary(), d.body(), d.topics(), d.audiences(), d.licence(), d.attribution(), d.citations(), "x", d.captionsWaiver(), d.correctionNote()),
                new ContentDraft(d.title(), d.summary(), d.body(), d.topics(), d.audiences(), d.licence(), d.attribution(), d.citations(), d.altText(), "x", d.correctionNote()),
                d.withCorrectionNote("x"));
        Set<String> hashes = new HashSet<>();
        hashes.add(hash(d));
        for (ContentDraft variant : variants) {
            hashes.add(hash(variant));
        }
        assertEquals(variants.size() + 1, hashes.size());
        assertNotEquals(hash(d), ContentHash.of(ContentType.VIDEO, "th", d, ""));
        assertNotEquals(hash(d), ContentHash.of(ContentType.ARTICLE, "en", d, ""));
        assertNotEquals(hash(d), ContentHash.of(ContentType.ARTICLE, "th", d, "asset-1:th"));
    }

    @Test
    void separatorsInsideValuesCannotForgeAnotherContent() {
        ContentDraft d = Drafts.complete();
        ContentDraft a = new ContentDraft(d.title(), d.summary(), d.body(), d.topics(), d.audiences(), d.licence(), d.attribution(),
                List.of(new Citation("a|b", "https://example.org/")), d.altText(), d.captionsWaiver(), d.correctionNote());
        ContentDraft b = new ContentDraft(d.title(), d.summary(), d.body(), d.topics(), d.audiences(), d.licence(), d.attribution(),
                List.of(new Citation("a", "https://example.org/"), new Citation("b", "https://example.org/")), d.altText(), d.captionsWaiver(), d.correctionNote());
        assertNotEquals(hash(a), hash(b));
        assertEquals("a\\|b\\nc\\\\", ContentHash.escape("a|b\nc\\"));
    }
}
