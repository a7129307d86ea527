package th.go.moph.healthliteracy.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class HashParametersTest {

    private static String b64(int bytes) {
        return Base64.getEncoder().encodeToString(new byte[bytes]);
    }

    @Test
    void readsTheParametersAStoredHashWasMadeWith() {
        assertEquals(new HashParameters("PBKDF2WithHmacSHA512", 210000, 32, 64),
                HashParameters.parse("PBKDF2WithHmacSHA512:210000:" + b64(32) + ":" + b64(64)));
    }

    @Test
    void anOlderHashHasOtherParameters() {
        HashParameters old = HashParameters.parse("PBKDF2WithHmacSHA256:2048:" + b64(16) + ":" + b64(32));
        assertEquals(new HashParameters("PBKDF2WithHmacSHA256", 2048, 16, 32), old);
    }

    @Test
    void aMalformedHashIsUnknownNotAnError() {
        assertEquals("unknown", HashParameters.parse("not-a-hash").algorithm());
        assertEquals("unknown", HashParameters.parse(null).algorithm());
        assertEquals("unknown", HashParameters.parse("a:b:c:d").algorithm());
    }
}
