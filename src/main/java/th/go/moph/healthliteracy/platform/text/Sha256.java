package th.go.moph.healthliteracy.platform.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex: content hashes, key hashes, validators. */
public final class Sha256 {

    private Sha256() {
    }

    /** The whole digest of {@code text}'s UTF-8 bytes: 64 hex digits. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8), 32);
    }

    /** The first {@code bytes} bytes of the digest of {@code data}, as hex (2 × {@code bytes} digits). */
    public static String hex(byte[] data, int bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data), 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The digest of a file's bytes, read as a stream (media files may be gigabytes). */
    public static String hexOf(java.nio.file.Path file) throws java.io.IOException {
        MessageDigest digest = digest();
        update(digest, file);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Feeds a file's bytes, read as a stream, to {@code digest}. */
    public static void update(MessageDigest digest, java.nio.file.Path file) throws java.io.IOException {
        try (var in = new java.security.DigestInputStream(java.nio.file.Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    /** A fresh SHA-256 digest, for content fed in parts. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The first {@code bytes} bytes of the digest of {@code text}'s UTF-8 bytes, as hex: short names and tags. */
    public static String hex(String text, int bytes) {
        return hex(text.getBytes(StandardCharsets.UTF_8), bytes);
    }
}
