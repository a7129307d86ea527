package th.go.moph.healthliteracy.publishing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.go.moph.healthliteracy.content.domain.PublicationStatus;
import th.go.moph.healthliteracy.platform.parameters.InvalidParameterException;

class FeedPartsTest {

    @Test
    void aCursorGoesBackAndForthAndAnythingElseIsRefused() {
        assertEquals(FeedCursor.START, FeedCursor.parse(null));
        assertEquals(FeedCursor.START, FeedCursor.parse(" "));
        assertEquals(new FeedCursor(42), FeedCursor.parse(new FeedCursor(42).token()));
        for (String bad : List.of("42", "bm9wZQ", "%%%", "ZmVlZC52MS4tMQ", "ZmVlZC52MS45OTk5OTk5OTk5OTk5OTk5OTk5OQ")) {
            assertEquals("cursor", assertThrows(InvalidParameterException.class, () -> FeedCursor.parse(bad))
                    .parameter(), bad);
        }
    }

    @Test
    void aViewMatchesOnEveryParameterAndAnyOfItsValues() {
        FeedFilter view = FeedFilter.of(List.of("th"), List.of("article"), List.of("dengue,rabies"), List.of());
        assertTrue(view.matches("th", "ARTICLE", List.of("rabies"), List.of("ADULTS")));
        assertFalse(view.matches("en", "ARTICLE", List.of("rabies"), List.of("ADULTS")));
        assertFalse(view.matches("th", "VIDEO", List.of("rabies"), List.of("ADULTS")));
        assertFalse(view.matches("th", "ARTICLE", List.of("diabetes"), List.of("ADULTS")));
        assertTrue(FeedFilter.ALL.matches("en", "VIDEO", List.of(), List.of()));
        assertThrows(InvalidParameterException.class, () -> FeedFilter.of(List.of("thai"), null, null, null));
        assertThrows(InvalidParameterException.class, () -> FeedFilter.of(null, List.of("podcast"), null, null));
    }

    @Test
    void aConsumerReadsItsAllowedViewOrANarrowerOneNeverMore() {
        FeedFilter allowed = FeedFilter.of(List.of("th"), null, List.of("dengue,rabies"), null);
        assertEquals(allowed, FeedFilter.ALL.narrowedTo(allowed));
        assertEquals(FeedFilter.of(List.of("th"), List.of("video"), List.of("rabies"), null),
                FeedFilter.of(null, List.of("video"), List.of("rabies"), null).narrowedTo(allowed));
        assertEquals("lang", assertThrows(ViewNotAllowedException.class,
                () -> FeedFilter.of(List.of("th,en"), null, null, null).narrowedTo(allowed)).parameter());
        assertEquals("topic", assertThrows(ViewNotAllowedException.class,
                () -> FeedFilter.of(null, null, List.of("diabetes"), null).narrowedTo(allowed)).parameter());
        assertEquals(FeedFilter.of(List.of("en"), null, null, null),
                FeedFilter.of(List.of("en"), null, null, null).narrowedTo(FeedFilter.ALL));
    }

    @Test
    void aViewIsKeptAsFeedParameters() {
        FeedFilter view = FeedFilter.of(List.of("th"), List.of("video,article"), List.of("rabies"), List.of("elderly"));
        assertEquals("lang=th&type=ARTICLE,VIDEO&topic=rabies&audience=ELDERLY", view.toQuery());
        assertEquals(view.toQuery(), FeedFilter.parseQuery(view.toQuery()).toQuery());
        assertEquals(FeedFilter.ALL, FeedFilter.parseQuery(""));
        assertThrows(InvalidParameterException.class, () -> FeedFilter.parseQuery("agency=X"));
        assertThrows(InvalidParameterException.class, () -> FeedFilter.parseQuery("lang=thai"));
    }

    @Test
    void anEntryShowsAsATombstoneWhereItDoesNotMatch() {
        FeedEntry item = new FeedEntry(UUID.randomUUID(), 7, FeedEntry.Kind.ITEM, null, "{}", "e", "th", "slug", "ARTICLE",
                List.of("dengue"), List.of("ADULTS"), Instant.now());
        FeedFilter english = FeedFilter.of(List.of("en"), null, null, null);
        assertTrue(item.showsAsItemIn(FeedFilter.ALL));
        assertFalse(item.showsAsItemIn(english));
        assertEquals(TombstoneReason.NO_LONGER_MATCHES, item.reasonIn(english));
        assertThrows(IllegalArgumentException.class, () -> new FeedEntry(UUID.randomUUID(), 1, FeedEntry.Kind.ITEM,
                null, null, "e", "th", "slug", "ARTICLE", List.of(), List.of(), null));
    }

    @Test
    void tombstonesSayWhyTheItemLeft() {
        assertEquals("expired", TombstoneReason.of(PublicationStatus.WITHDRAWN, "expired").wireName());
        assertEquals("withdrawn", TombstoneReason.of(PublicationStatus.WITHDRAWN, "ผิดพลาด").wireName());
        assertEquals("under-review", TombstoneReason.of(PublicationStatus.SUSPENDED, "under review").wireName());
        assertEquals("withdrawn", TombstoneReason.of(PublicationStatus.ARCHIVED, null).wireName());
        assertEquals(TombstoneReason.UNDER_REVIEW, TombstoneReason.ofWireName("under-review"));
        assertThrows(IllegalArgumentException.class, () -> TombstoneReason.of(PublicationStatus.PUBLISHED, null));
    }
}
