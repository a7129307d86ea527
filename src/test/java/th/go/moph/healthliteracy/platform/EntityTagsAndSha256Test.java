package th.go.moph.healthliteracy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import th.go.moph.healthliteracy.platform.text.Sha256;
import th.go.moph.healthliteracy.platform.web.EntityTags;

class EntityTagsAndSha256Test {

    @Test
    void ifNoneMatchMatchesStrongWeakListedOrAny() {
        assertTrue(EntityTags.matches("\"abc\"", "abc"));
        assertTrue(EntityTags.matches("W/\"abc\"", "abc"));
        assertTrue(EntityTags.matches("\"x\", \"abc\"", "abc"));
        assertTrue(EntityTags.matches("*", "abc"));
        assertFalse(EntityTags.matches(null, "abc"));
        assertFalse(EntityTags.matches("abc", "abc"), "an unquoted value is not a tag");
        assertFalse(EntityTags.matches("\"abcd\"", "abc"));
    }

    @Test
    void sha256IsTheKnownDigest() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
        assertEquals("ba7816bf8f01cfea", Sha256.hex("abc", 8));
        assertEquals("ba7816bf8f01cfea414140de5dae2223", Sha256.hex("abc", 16));
    }
}
