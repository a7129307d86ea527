package th.go.moph.healthliteracy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(3, Duration.ofSeconds(1), Duration.ofSeconds(30), 10,
            Duration.ofMinutes(15), 50, Duration.ofMinutes(15));

    @Test
    void theFirstFailuresCostNothingThenEachDoublesTheWaitUpToTheCeiling() {
        for (int failures = 1; failures <= 3; failures++) {
            assertNull(throttle.accountBlockedUntil(failures, NOW), failures + " failures");
        }
        assertEquals(NOW.plusSeconds(1), throttle.accountBlockedUntil(4, NOW));
        assertEquals(NOW.plusSeconds(2), throttle.accountBlockedUntil(5, NOW));
        assertEquals(NOW.plusSeconds(4), throttle.accountBlockedUntil(6, NOW));
        assertEquals(NOW.plusSeconds(16), throttle.accountBlockedUntil(8, NOW));
        assertEquals(NOW.plusSeconds(30), throttle.accountBlockedUntil(9, NOW), "never more than the ceiling");
    }

    @Test
    void enoughFailuresLockTheUsernameAndTooManyFromOneAddressBlockIt() {
        assertEquals(NOW.plus(Duration.ofMinutes(15)), throttle.accountBlockedUntil(10, NOW));
        assertEquals(NOW.plus(Duration.ofMinutes(15)), throttle.accountBlockedUntil(500, NOW));
        assertNull(throttle.addressBlockedUntil(49, NOW));
        assertEquals(NOW.plus(Duration.ofMinutes(15)), throttle.addressBlockedUntil(50, NOW));
    }

    @Test
    void failuresCountWithinTheirWindowOnly() {
        assertFalse(throttle.windowOver(NOW.minus(Duration.ofMinutes(14)), NOW));
        assertTrue(throttle.windowOver(NOW.minus(Duration.ofMinutes(15)), NOW));
    }
}
