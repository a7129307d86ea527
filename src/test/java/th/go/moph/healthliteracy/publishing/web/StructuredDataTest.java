package th.go.moph.healthliteracy.publishing.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import th.go.moph.healthliteracy.publishing.application.SiteItem;
import th.go.moph.healthliteracy.publishing.application.SiteItemTest;

class StructuredDataTest {

    @Test
    void aVideoPageIsAMedicalWebPageWhoseMainEntityIsTheVideo() {
        String jsonLd = StructuredData.of(SiteItem.of(SiteItemTest.VIDEO), "https://x/");
        assertTrue(jsonLd.contains("\"@type\":\"MedicalWebPage\"") && jsonLd.contains("\"lastReviewed\":\"2026-10-01\""),
                jsonLd);
        assertTrue(jsonLd.contains("\"@type\":\"VideoObject\"") && jsonLd.contains("\"duration\":\"PT6S\""), jsonLd);
        assertTrue(jsonLd.contains("\"sourceOrganization\"") && jsonLd.contains("กรมอนามัย"), "the owning agency");
        assertFalse(jsonLd.contains("</"), "cannot close its script element");
    }
}
