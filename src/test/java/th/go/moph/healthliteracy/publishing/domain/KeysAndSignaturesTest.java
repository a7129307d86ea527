package th.go.moph.healthliteracy.publishing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class KeysAndSignaturesTest {

    @Test
    void anApiKeyIsRandomLooksLikeOneAndIsKeptOnlyAsItsHash() {
        ApiKey key = ApiKey.generate();
        assertTrue(ApiKey.looksLikeKey(key.value()), key.value());
        assertNotEquals(key.value(), ApiKey.generate().value());
        assertEquals(64, key.hash().length());
        assertEquals(ApiKey.hashOf(key.value()), key.hash());
        assertFalse(key.toString().contains(key.value().substring(12)), "never printed whole");
        assertFalse(ApiKey.looksLikeKey(null));
        assertFalse(ApiKey.looksLikeKey("hlp_short"));
        assertFalse(ApiKey.looksLikeKey("xyz_" + "A".repeat(43)));
        assertFalse(ApiKey.looksLikeKey("hlp_" + "A".repeat(42) + "!"));
    }

    @Test
    void aSignatureIsStandardWebhooksHmacSha256AndOnlyTheRightOneVerifies() throws Exception {
        String secret = "whsec_" + Base64.getEncoder().encodeToString("a secret of thirty-two bytes....".getBytes());
        String body = "{\"id\":\"e1\",\"type\":\"content.published\"}";
        String signature = WebhookSignature.sign(secret, "e1", 1_700_000_000L, body);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("a secret of thirty-two bytes....".getBytes(), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(("e1.1700000000." + body).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(expected, signature);
        assertTrue(WebhookSignature.verify(secret, "e1", 1_700_000_000L, body, "v1,bogus " + signature));
        assertFalse(WebhookSignature.verify(secret, "e1", 1_700_000_001L, body, signature), "another timestamp");
        assertFalse(WebhookSignature.verify(secret, "e1", 1_700_000_000L, body + " ", signature), "another body");
    }
}
