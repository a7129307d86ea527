package th.go.moph.healthliteracy.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class PlainLanguageHintsTest {

    private static final Locale THAI = Locale.forLanguageTag("th");

    @Test
    void countsThaiWordsAndTreatsSpacesAsSentenceEnds() {
        PlainLanguageHints hints = PlainLanguageHints.of("โรคไข้เลือดออกเกิดจากยุงลาย ควรกำจัดแหล่งเพาะพันธุ์ยุง", THAI);
        assertEquals(2, hints.sentences());
        assertEquals(12, hints.words());
        assertEquals(6.0, hints.wordsPerSentence());
        assertEquals(1, hints.readingMinutes());
        assertTrue(hints.longSentences().isEmpty());
    }

    @Test
    void highlightsLongSentences() {
        String longThai = "ผู้สูงอายุที่มีโรคประจำตัวเช่นเบาหวานความดันโลหิตสูงและโรคหัวใจควรไปพบแพทย์ตามนัดทุกครั้ง"
                + "และรับประทานยาตามที่แพทย์สั่งอย่างสม่ำเสมอโดยไม่หยุดยาเองแม้จะรู้สึกว่าอาการดีขึ้นแล้ว";
        PlainLanguageHints hints = PlainLanguageHints.of(longThai + " ดื่มน้ำมาก ๆ", THAI);
        assertEquals(2, hints.sentences(), "the space before ๆ ends no sentence");
        assertEquals(1, hints.longSentences().size());
        assertEquals(longThai, hints.longSentences().get(0));
    }

    @Test
    void englishSentencesEndAtFullStops() {
        PlainLanguageHints hints = PlainLanguageHints.of("Wash your hands. Use soap and water! Dry them well.",
                Locale.ENGLISH);
        assertEquals(3, hints.sentences());
        assertEquals(10, hints.words());
    }

    @Test
    void emptyTextHasNoFigures() {
        PlainLanguageHints hints = PlainLanguageHints.of("  ", THAI);
        assertEquals(0, hints.words());
        assertEquals(0, hints.sentences());
        assertEquals(0, hints.readingMinutes());
    }
}
