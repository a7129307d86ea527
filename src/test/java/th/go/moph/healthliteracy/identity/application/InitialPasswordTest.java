package th.go.moph.healthliteracy.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class InitialPasswordTest {

    @Test
    void isTwentyCharactersWithoutLookAlikes() {
        for (int i = 0; i < 200; i++) {
            String password = InitialPassword.generate();
            assertEquals(20, password.length());
            assertTrue(password.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), password);
        }
    }

    @Test
    void isDifferentEachTime() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(InitialPassword.generate());
        }
        assertEquals(1000, seen.size());
    }
}
