package th.go.moph.healthliteracy.identity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How repeated failed sign-ins slow down and then stop: per username, the first {@code freeFailures} failures in a
 * window cost nothing, each later one makes the next attempt wait twice as long as the one before (from
 * {@code firstDelay}, at most {@code maxDelay}), and {@code lockAfter} failures lock the username for
 * {@code lockFor}. Per client address, {@code addressLimit} failures in a window block the address for
 * {@code lockFor}. Unknown usernames count like known ones, so the answer never tells whether an account exists.
 */
public record SignInThrottle(int freeFailures, Duration firstDelay, Duration maxDelay, int lockAfter, Duration lockFor,
        int addressLimit, Duration window) {

    /** Until when a username with {@code failures} failures in the window must wait, or {@code null}. */
    public Instant accountBlockedUntil(int failures, Instant now) {
        if (failures >= lockAfter) {
            return now.plus(lockFor);
        }
        if (failures <= freeFailures) {
            return null;
        }
        int doublings = Math.min(failures - freeFailures - 1, 20);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }

    /** Until when an address with {@code failures} failures in the window is blocked, or {@code null}. */
    public Instant addressBlockedUntil(int failures, Instant now) {
        return failures >= addressLimit ? now.plus(lockFor) : null;
    }

    /** Whether failures counted since {@code windowStartedAt} no longer count at {@code now}. */
    public boolean windowOver(Instant windowStartedAt, Instant now) {
        return !windowStartedAt.plus(window).isAfter(now);
    }
}
