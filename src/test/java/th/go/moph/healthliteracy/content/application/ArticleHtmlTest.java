package th.go.moph.healthliteracy.content.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleHtmlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<p>ล้างมือ</p>|<p>ล้างมือ</p>",
        "<p onclick='steal()'>ล้างมือ</p>|<p>ล้างมือ</p>",
        "<script>alert(1)</script><p>x</p>|<p>x</p>",
        "<a href='javascript:alert(1)'>x</a>|<a rel=\"noopener noreferrer\">x</a>",
        "<a href='https://ddc.moph.go.th/'>กรม</a>|<a href=\"https://ddc.moph.go.th/\" rel=\"noopener noreferrer\">กรม</a>",
        "<img src='https://tracker.example/p.gif'><p>x</p>|<p>x</p>",
        "<img src='/media/abc/640.webp' alt='ภาพ'>|<img src=\"/media/abc/640.webp\" alt=\"ภาพ\">",
        "<img src='/media/../etc/passwd'>|''",
        "<iframe src='https://x.example'></iframe><p>y</p>|<p>y</p>",
        "<p style='color:red'>สี</p>|<p>สี</p>",
        "<p></p><p>x</p>|<p>x</p>",
        "<h2>หัวข้อ</h2><ul><li>หนึ่ง</li></ul>|<h2>หัวข้อ</h2><ul><li>หนึ่ง</li></ul>"
    })
    void keepsOnlyTheAllowList(String dirty, String clean) {
        assertEquals(clean, ArticleHtml.clean(dirty));
    }
}
