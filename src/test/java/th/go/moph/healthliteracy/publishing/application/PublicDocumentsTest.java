package th.go.moph.healthliteracy.publishing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PublicDocumentsTest {

    @Test
    void aFingerprintNamesTheFormatThatMadeTheDocuments() {
        assertEquals(2, PublicDocuments.formatOf("public-item.v2 https://portal.example/"));
        assertEquals(11, PublicDocuments.formatOf("public-item.v11 http://localhost:8080/"));
        assertEquals(0, PublicDocuments.formatOf(""), "none yet: any instance may make them");
        assertEquals(0, PublicDocuments.formatOf("public-item.v1"), "no address: unreadable");
    }
}
