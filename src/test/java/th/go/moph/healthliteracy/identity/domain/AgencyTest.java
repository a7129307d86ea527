package th.go.moph.healthliteracy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AgencyTest {

    @Test
    void keepsThaiAndEnglishNames() {
        Agency agency = Agency.register("DDC", " กรมควบคุมโรค ", "Department of Disease Control", Instant.EPOCH);
        assertEquals("กรมควบคุมโรค", agency.nameTh());
        assertEquals("Department of Disease Control", agency.nameEn());
    }

    @Test
    void refusesACodeThatIsNotCapitalsDigitsOrDashes() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Agency.register("ddc", "กรมควบคุมโรค", "Department of Disease Control", Instant.EPOCH));
        assertEquals("An agency code is 2-32 capital letters, digits or dashes: ddc", refused.getMessage());
    }

    @Test
    void refusesAMissingName() {
        assertThrows(IllegalArgumentException.class, () -> Agency.register("DOH", "", "Department of Health", Instant.EPOCH));
    }
}
