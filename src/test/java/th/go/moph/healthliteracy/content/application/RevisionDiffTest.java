package th.go.moph.healthliteracy.content.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import th.go.moph.healthliteracy.content.application.RevisionDiff.FieldDiff;

class RevisionDiffTest {

    private static final Locale THAI = Locale.forLanguageTag("th");

    @Test
    void marksChangedThaiWordsNotWholeLines() {
        FieldDiff diff = RevisionDiff.text("body", "ควรกำจัดแหล่งเพาะพันธุ์ยุง", "ควรทำลายแหล่งเพาะพันธุ์ยุง", THAI);
        assertTrue(diff.changed());
        assertEquals("ควร<del>กำจัด</del>แหล่งเพาะพันธุ์ยุง", diff.before());
        assertEquals("ควร<ins>ทำลาย</ins>แหล่งเพาะพันธุ์ยุง", diff.after());
    }

    @Test
    void escapesMarkupInTheCompareText() {
        FieldDiff diff = RevisionDiff.text("title", "<b>a</b>", "<b>b</b>", Locale.ENGLISH);
        assertFalse(diff.before().contains("<b>"), diff.before());
        assertTrue(diff.after().contains("&lt;b&gt;"), diff.after());
    }

    @Test
    void anUnchangedFieldIsShownTheSameOnBothSides() {
        FieldDiff diff = RevisionDiff.text("summary", "ล้างมือ & เช็ดให้แห้ง", "ล้างมือ & เช็ดให้แห้ง", THAI);
        assertFalse(diff.changed());
        assertEquals("ล้างมือ &amp; เช็ดให้แห้ง", diff.after());
    }
}
