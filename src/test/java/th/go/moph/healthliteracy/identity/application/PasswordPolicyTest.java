package th.go.moph.healthliteracy.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aLongPhraseOfOrdinaryWordsPasses() {
        assertEquals(List.of(), policy.problems("mango sticky rice at the river market", "somchai", "สมชาย ใจดี"));
        assertEquals(List.of(), policy.problems("ข้าวเหนียวมะม่วงริมแม่น้ำ", "somchai", "Somchai Jaidee"));
    }

    @Test
    void shortCommonAndPersonalPasswordsAreRefusedWithEveryReason() {
        assertTrue(policy.problems("secret1", "somchai", "").get(0).startsWith("at least 12 characters"));
        assertTrue(policy.problems("password1234", "somchai", "").stream()
                .anyMatch(p -> p.contains("most common passwords")), "built around 'password'");
        assertTrue(policy.problems("qwertyuiop123", "somchai", "").stream()
                .anyMatch(p -> p.contains("most common") || p.contains("harder to guess")));
        assertTrue(policy.problems("somchai-2026-portal", "somchai", "Somchai Jaidee")
                .contains("not your username or name"));
        assertTrue(policy.problems("aaaaaaaaaaaaaaa", "somchai", "").stream().anyMatch(p -> p.startsWith("harder")));
        assertTrue(policy.problems("x".repeat(201), "somchai", "").contains("at most 200 characters"));
    }
}
