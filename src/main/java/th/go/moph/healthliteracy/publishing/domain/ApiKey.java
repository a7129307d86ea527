package th.go.moph.healthliteracy.publishing.domain;

import java.security.SecureRandom;
import java.util.Base64;

import th.go.moph.healthliteracy.platform.text.Sha256;

/**
 * A consumer's API key: 256 random bits, shown once. The portal keeps only its SHA-256 — a key is not a password
 * (it has all the entropy it needs), so a fast hash is the right one — and a short hint to tell keys apart.
 */
public record ApiKey(String value) {

    private static final String PREFIX = "hlp_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static ApiKey generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new ApiKey(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The hash under which a presented key is looked up. */
    public static String hashOf(String presented) {
        return Sha256.hex(presented);
    }

    /** Whether a presented value could be a key at all (checked before any look-up). */
    public static boolean looksLikeKey(String presented) {
        return presented != null && presented.length() == PREFIX.length() + 43 && presented.startsWith(PREFIX)
                && presented.substring(PREFIX.length()).matches("[A-Za-z0-9_-]{43}");
    }

    public String hash() {
        return hashOf(value);
    }

    public String hint() {
        return value.substring(0, PREFIX.length() + 6) + "…";
    }

    @Override
    public String toString() {
        return hint(); // never the key itself, in logs or messages
    }
}
