package th.go.moph.healthliteracy.publishing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

public class SiteItemTest {

    public static final String VIDEO = """
            {"id":"7c0e","version":2,"contentHash":"ab","type":"VIDEO","language":"th","url":"https://x/th/clip",
             "translations":[{"language":"en","id":"9a","url":"https://x/en/clip"}],"title":"ล้างมือ","summary":"สรุป",
             "body":"<p>ข้อความ</p>","topics":[{"code":"hygiene","th":"สุขอนามัย","en":"Hygiene"}],
             "audiences":["CHILDREN"],"agency":{"code":"DOH","th":"กรมอนามัย","en":"Department of Health"},
             "licence":{"code":"CC_BY_4_0","name":"CC BY 4.0","url":"https://creativecommons.org/licenses/by/4.0/"},
             "attribution":"กรมอนามัย","lastReviewed":"2026-10-01","nextReviewDue":"2027-10-01",
             "publishedAt":"2026-10-02T03:00:00Z","updatedAt":"2026-11-01T03:00:00Z","correctionNote":null,
             "media":[{"kind":"VIDEO","durationSeconds":6.0,"renditions":[
               {"kind":"HLS_MASTER","url":"https://x/media/v/master.m3u8","contentType":"application/vnd.apple.mpegurl"},
               {"kind":"MP4","url":"https://x/media/v/video.mp4","contentType":"video/mp4"},
               {"kind":"POSTER","url":"https://x/media/v/poster.jpg","contentType":"image/jpeg"},
               {"kind":"CAPTIONS_VTT","url":"https://x/media/v/th.vtt","contentType":"text/vtt","language":"th"}]}]}
            """;

    @Test
    void aVideoDocumentGivesThePlayerWhatItNeeds() {
        SiteItem item = SiteItem.of(VIDEO);
        assertTrue(item.isVideo() && item.isThai());
        assertEquals("https://x/media/v/master.m3u8", item.getHls());
        assertEquals("https://x/media/v/video.mp4", item.getMp4());
        assertEquals("https://x/media/v/poster.jpg", item.getImage(), "the poster is its picture");
        assertEquals(List.of(new SiteItem.Captions("th", "https://x/media/v/th.vtt")), item.getCaptions());
        assertEquals("กรมอนามัย", item.getAgency());
        assertEquals(LocalDate.of(2027, 10, 1), item.getNextReviewDue());
        assertEquals("สุขอนามัย", item.getTopics().get("hygiene"));
        assertEquals("en", item.getTranslations().get(0).language());
        assertNull(item.getCorrectionNote());
    }
}
