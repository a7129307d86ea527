package th.go.moph.healthliteracy.platform.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Request limits per caller, in this instance's memory: each key gets a bucket of a minute's allowance that refills
 * continuously, so a caller may burst up to its rate and then goes at its rate. With several instances each holds
 * its own buckets (a caller spread over n instances gets up to n times its rate), which is enough to stop abuse of
 * public reads. Idle buckets are dropped once more than {@code maxKeys} are held, so memory stays bounded.
 */
public final class TokenBuckets {

    private static final long MINUTE = 60_000_000_000L;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int maxKeys;

    public TokenBuckets(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    /** What a take answered: allowed, or how many whole seconds until the next request would be. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }
    }

    /** Takes one request from {@code key}'s allowance of {@code perMinute}, at {@code now} (nanoseconds). */
    public Decision take(String key, int perMinute, long now) {
        if (buckets.size() > maxKeys) {
            evictIdle(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
        synchronized (bucket) {
            double refill = (now - bucket.updated) * (double) perMinute / MINUTE;
            bucket.tokens = Math.min(perMinute, bucket.tokens + Math.max(0, refill));
            bucket.updated = Math.max(bucket.updated, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Decision(true, 0);
            }
            double missing = 1 - bucket.tokens;
            return new Decision(false, Math.max(1, (long) Math.ceil(missing * 60 / perMinute)));
        }
    }

    /** Drops the buckets untouched for a minute or more (they would be full again anyway). */
    private void evictIdle(long now) {
        buckets.entrySet().removeIf(e -> now - e.getValue().updated >= MINUTE);
        if (buckets.size() > maxKeys) {
            buckets.clear(); // a flood of distinct callers: forget them all rather than grow without bound
        }
    }

    int size() {
        return buckets.size();
    }
}
