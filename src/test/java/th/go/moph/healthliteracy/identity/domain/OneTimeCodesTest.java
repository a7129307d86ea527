package th.go.moph.healthliteracy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class OneTimeCodesTest {

    /** RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" at 59 s gives 94287082 (8 digits; 6: 287082). */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theCodesAreRfc6238s() {
        assertEquals(287082, OneTimeCodes.codeAt(RFC_SECRET, 59 / 30));
        assertEquals(81804, OneTimeCodes.codeAt(RFC_SECRET, 1111111109L / 30)); // 07081804 → 081804
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", OneTimeCodes.base32(RFC_SECRET));
    }

    @Test
    void aCodeIsAcceptedWithinOneStepOfDriftAndOnlyOnce() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = now.getEpochSecond() / 30;
        String previous = String.format("%06d", OneTimeCodes.codeAt(RFC_SECRET, step - 1));
        OptionalLong accepted = OneTimeCodes.accepted(RFC_SECRET, previous, now, 0);
        assertEquals(OptionalLong.of(step - 1), accepted);
        assertTrue(OneTimeCodes.accepted(RFC_SECRET, previous, now, accepted.getAsLong()).isEmpty(), "used once only");
        String old = String.format("%06d", OneTimeCodes.codeAt(RFC_SECRET, step - 3));
        assertTrue(OneTimeCodes.accepted(RFC_SECRET, old, now, 0).isEmpty(), "too old");
        assertTrue(OneTimeCodes.accepted(RFC_SECRET, "12a456", now, 0).isEmpty());
    }

    @Test
    void recoveryCodesReadEasilyAndAreTypedForgivingly() {
        String code = OneTimeCodes.newRecoveryCode();
        assertTrue(code.matches("[A-Z2-7]{5}-[A-Z2-7]{5}"), code);
        assertEquals(code.replace("-", ""), OneTimeCodes.normalizedRecoveryCode(" " + code.toLowerCase() + " "));
    }
}
