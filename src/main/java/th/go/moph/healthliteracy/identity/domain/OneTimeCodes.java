package th.go.moph.healthliteracy.identity.domain;

import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits — what every authenticator app
 * reads), their secrets in Base32 for typing or an {@code otpauth://} link, and recovery codes.
 */
public final class OneTimeCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(
            Duration.ofSeconds(30), 6);
    /** Codes one step either side are accepted: phones' clocks drift. */
    private static final int DRIFT_STEPS = 1;

    private OneTimeCodes() {
    }

    /** A new secret of 160 random bits. */
    public static byte[] newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /**
     * The time step {@code code} belongs to, if it is right for {@code secret} at {@code now} (± one step) and later
     * than {@code lastStep}: a code is accepted once only.
     */
    public static OptionalLong accepted(byte[] secret, String code, Instant now, long lastStep) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        int wanted = Integer.parseInt(code.strip());
        long current = now.getEpochSecond() / 30;
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (step > lastStep && codeAt(secret, step) == wanted) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of {@code secret} for the 30-second step {@code step}. */
    public static int codeAt(byte[] secret, long step) {
        try {
            return TOTP.generateOneTimePassword(new SecretKeySpec(secret, "HmacSHA1"), Instant.ofEpochSecond(step * 30));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The secret as authenticator apps take it typed: Base32, no padding. */
    public static String base32(byte[] data) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    /** A recovery code: ten characters in two groups, from the Base32 alphabet (50 random bits). */
    public static String newRecoveryCode() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(BASE32.charAt(RANDOM.nextInt(32)));
        }
        return code.toString();
    }

    /** A typed recovery code as stored: upper case, without spaces or dashes. */
    public static String normalizedRecoveryCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
