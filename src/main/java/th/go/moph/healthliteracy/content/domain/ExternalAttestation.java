package th.go.moph.healthliteracy.content.domain;

import java.time.LocalDate;

/**
 * A sign-off given outside the portal: who attested the content, for which source agency, and on what day. An import
 * records it as such ({@link SignOff.Kind#EXTERNAL_ATTESTATION}); it never passes for a review done in the portal.
 */
public record ExternalAttestation(String attestedBy, String agency, LocalDate date) {

    public ExternalAttestation {
        attestedBy = required(attestedBy, "who attested");
        agency = required(agency, "the attesting agency");
        if (date == null) {
            throw new IllegalArgumentException("An attestation needs its date");
        }
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank() || value.strip().length() > 300) {
            throw new IllegalArgumentException("An attestation names " + what + " (at most 300 characters)");
        }
        return value.strip();
    }
}
