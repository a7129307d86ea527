package th.go.moph.healthliteracy.media.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class MediaAssetTest {

    private final Instant now = Instant.parse("2026-11-22T03:00:00Z");

    private MediaAsset asset() {
        return MediaAsset.received(UUID.randomUUID(), UUID.randomUUID(), MediaAsset.Kind.VIDEO, "clip.mp4",
                "originals/x/clip.mp4", "video/mp4", 1000, "0".repeat(64), 1280, 720, 12.0, UUID.randomUUID(), now);
    }

    @Test
    void peopleInMediaNeedAConsentReference() {
        MediaAsset asset = asset();
        assertNull(asset.peoplePresent(), "not yet answered");
        assertEquals("media.consentRequired",
                assertThrows(MediaRefusedException.class, () -> asset.recordPeople(true, " ", now)).code());
        asset.recordPeople(true, "หนังสือยินยอม สธ. 123/2569", now);
        assertEquals("หนังสือยินยอม สธ. 123/2569", asset.consentReference());
        asset.recordPeople(false, "ignored", now);
        assertNull(asset.consentReference());
    }

    @Test
    void renditionsFinishFailAndRetry() {
        MediaAsset asset = asset();
        assertEquals(MediaAsset.Status.PROCESSING, asset.status());
        asset.renditionsFailed("ffmpeg: moov atom not found", now);
        assertEquals(MediaAsset.Status.FAILED, asset.status());
        assertEquals("ffmpeg: moov atom not found", asset.failureReason());
        asset.retry(now);
        assertEquals(MediaAsset.Status.PROCESSING, asset.status());
        asset.renditionsFinished(now);
        assertEquals(MediaAsset.Status.READY, asset.status());
        assertNull(asset.failureReason());
    }
}
