package th.go.moph.healthliteracy.search.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void theWordsOfAMatchedPhraseBecomeOneMark() {
        assertEquals("อาการของ<mark>โรคหลอดเลือดสมอง</mark>เกิดขึ้นทันที",
                Highlights.joined("อาการของ<mark>โรค</mark><mark>หลอดเลือด</mark><mark>สมอง</mark>เกิดขึ้นทันที"));
        assertEquals("<mark>ล้างมือ 7 ขั้นตอน</mark> ง่าย ๆ",
                Highlights.joined("<mark>ล้างมือ</mark> <mark>7</mark> <mark>ขั้น</mark><mark>ตอน</mark> ง่าย ๆ"));
    }

    @Test
    void marksFurtherApartAndEscapedTextStayAsTheyAre() {
        String apart = "<mark>ไข้</mark> ตัวร้อน <mark>เลือดออก</mark>  <mark>ยุง</mark>";
        assertEquals(apart, Highlights.joined(apart));
        String escaped = "a &lt;/mark&gt;&lt;mark&gt; b";
        assertEquals(escaped, Highlights.joined(escaped));
    }

    @Test
    void everyFieldAndFragmentIsJoinedAndNothingIsMadeUp() {
        Map<String, List<String>> joined = Highlights.joined(Map.of("title", List.of("<mark>ความดัน</mark><mark>สูง</mark>"),
                "body", List.of("<mark>a</mark> <mark>b</mark>", "ไม่มี")));
        assertEquals(List.of("<mark>ความดันสูง</mark>"), joined.get("title"));
        assertEquals(List.of("<mark>a b</mark>", "ไม่มี"), joined.get("body"));
        assertNull(Highlights.joined((Map<String, List<String>>) null));
        assertEquals(Map.of(), Highlights.joined(Map.of()));
    }
}
