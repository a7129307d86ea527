package th.go.moph.healthliteracy.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aCallerBurstsUpToItsRateThenWaitsForTheRefill() {
        TokenBuckets buckets = new TokenBuckets(100);
        for (int i = 0; i < 60; i++) {
            assertTrue(buckets.take("a", 60, 0).allowed(), "request " + i);
        }
        TokenBuckets.Decision refused = buckets.take("a", 60, 0);
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds());
        assertTrue(buckets.take("b", 60, 0).allowed(), "callers have their own allowance");
        assertTrue(buckets.take("a", 60, SECOND).allowed(), "one a second comes back");
        assertFalse(buckets.take("a", 60, SECOND).allowed());
    }

    @Test
    void aSlowRateAsksForALongerWait() {
        TokenBuckets buckets = new TokenBuckets(100);
        assertTrue(buckets.take("a", 2, 0).allowed());
        assertTrue(buckets.take("a", 2, 0).allowed());
        assertEquals(30, buckets.take("a", 2, 0).retryAfterSeconds());
    }

    @Test
    void memoryStaysBoundedWhateverTheNumberOfCallers() {
        TokenBuckets buckets = new TokenBuckets(1_000);
        for (int i = 0; i < 50_000; i++) {
            buckets.take("caller-" + i, 10, i);
        }
        assertTrue(buckets.size() <= 1_001, "held " + buckets.size());
    }
}
