package th.go.moph.healthliteracy.search.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SynonymListTest {

    private final SynonymList bundled = SynonymList.bundled();

    @Test
    void theBundledListHasAtLeast150GroupsAndParsesStrictly() {
        assertTrue(bundled.groups().size() >= 150, "groups: " + bundled.groups().size());
    }

    @Test
    void itLinksLayTermsMedicalTermsAndEnglishOfTheMinistrysTopics() {
        Set<String> grouped = bundled.groups().stream().map(Set::copyOf)
                .map(g -> String.join("|", g.stream().sorted().toList())).collect(Collectors.toSet());
        for (List<String> pair : List.of(List.of("ฉี่หนู", "เลปโตสไปโรซิส"), List.of("ความดันสูง", "ความดันโลหิตสูง"),
                List.of("dengue", "ไข้เลือดออก"), List.of("heat stroke", "โรคลมแดด"), List.of("pm2.5", "ฝุ่นพีเอ็ม 2.5"),
                List.of("rabies", "พิษสุนัขบ้า"), List.of("liver fluke", "พยาธิใบไม้ตับ"), List.of("hpv", "เอชพีวี"),
                List.of("stroke", "อัมพาต"), List.of("ยาแก้อักเสบ", "ยาปฏิชีวนะ"), List.of("depression", "ซึมเศร้า"),
                List.of("diabetes", "เบาหวาน"), List.of("อสม", "village health volunteer"))) {
            assertTrue(bundled.groups().stream().anyMatch(g -> g.containsAll(pair)), "no group links " + pair);
        }
        assertEquals(bundled.groups().size(), grouped.size(), "two groups hold the same terms");
    }

    @Test
    void rulesAreOneGroupPerLine() {
        SynonymList list = SynonymList.parse("# comment\n\nไข้หวัดใหญ่, Flu\n");
        assertEquals(List.of("ไข้หวัดใหญ่, flu"), list.rules());
    }

    @Test
    void malformedLinesAreRefusedWithTheirLineNumber() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SynonymList.parse("a, b\nlonely\n"))
                .getMessage().startsWith("line 2"));
        assertThrows(IllegalArgumentException.class, () -> SynonymList.parse("a, , b"));
        assertThrows(IllegalArgumentException.class, () -> SynonymList.parse("a => b"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SynonymList.parse("a, b\nc, a\n"))
                .getMessage().contains("already in the group on line 1"));
    }
}
