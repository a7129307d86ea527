package th.go.moph.healthliteracy.search.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void questionWordsAreDroppedAndTheTopicKept() {
        assertEquals("ท้องเสีย กิน", SearchWords.meaningful("ท้องเสียควรกินอะไร"));
        assertEquals("ลูก ฟัน ผุ", SearchWords.meaningful("ลูกฟันผุทำไงดี"));
        assertEquals("เออีดี", SearchWords.meaningful("เออีดี"), "a transliteration keeps its syllables");
        assertEquals("โดน หมา กัด ฉีด วัคซีน", SearchWords.meaningful("โดนหมากัดต้องฉีดวัคซีนไหม"));
        assertEquals("ไข้เลือดออก", SearchWords.meaningful("ไข้เลือดออก"), "nothing to drop: the query as typed");
        assertEquals("อะไร", SearchWords.meaningful("อะไร"), "nothing left: the query as typed");
        assertEquals("treat dengue", SearchWords.meaningful("how do I treat dengue"));
        assertEquals("เลิก บุหรี่ ให้ สำเร็จ", SearchWords.meaningful("เลิกบุหรี่ยังไงให้สำเร็จ"),
                "a question word the breaker left inside a piece is cut off and the rest segmented");
        assertEquals("ทำแท้ง", SearchWords.meaningful("ทำแท้ง"), "a filler word at the start of a word stays");
        assertEquals("วิธีการ ล้างมือ", SearchWords.meaningful("วิธีการล้างมืออย่างไร"));
        assertEquals("ให้สำเร็จ", SearchWords.withoutQuestionAtEitherEnd("ยังไงให้สำเร็จ"));
        assertEquals("ล้างมือ", SearchWords.withoutQuestionAtEitherEnd("ล้างมืออย่างไร"));
        for (String oneSyllableOn : List.of("ทำไม้กวาด", "เท่าไร่", "บ้างาน", "โบ้าง")) {
            assertNull(SearchWords.withoutQuestionAtEitherEnd(oneSyllableOn), "cut inside a syllable: " + oneSyllableOn);
        }
    }

    @Test
    void misspellingsOfKnownTermsAreCorrected() {
        SpellingCorrection spelling = new SpellingCorrection(Set.of("ไข้หวัดใหญ่", "diabetes", "อัลไซเมอร์", "เบาหวาน"));
        assertEquals(Optional.of("ไข้หวัดใหญ่"), spelling.correct("ไข้หวัดไหญ่"));
        assertEquals(Optional.of("diabetes"), spelling.correct("Diabetis"));
        assertEquals(Optional.of("อัลไซเมอร์"), spelling.correct("อัลไซเมอ"));
        assertEquals(Optional.of("เบาหวาน กิน"), spelling.correct("เบาหาน กิน"));
        assertEquals(Optional.empty(), spelling.correct("เบาหวาน"), "a known term is not corrected");
        assertEquals(Optional.empty(), spelling.correct("ฝุ่น"), "short words are left alone");
        assertEquals(Optional.empty(), spelling.correct("ก้อนเนื้อ"), "nothing near enough");
    }

    @Test
    void distanceCountsTranspositionsAsOneAndGivesUpPastTheLimit() {
        assertEquals(1, SpellingCorrection.distance("diabetse", "diabetes", 2));
        assertEquals(3, SpellingCorrection.distance("abcdef", "uvwxyz", 2));
    }
}
