package th.go.moph.healthliteracy.platform.status;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read at most once per period: a metrics scrape reads several gauges of one query, and every instance is
 * scraped, so the query runs once per period, not once per gauge.
 */
public final class Recent<T> {

    private record Reading<T>(T value, long at) {
    }

    private final long periodNanos;
    private final Supplier<T> read;
    private volatile Reading<T> last;

    public Recent(Duration period, Supplier<T> read) {
        this.periodNanos = period.toNanos();
        this.read = read;
    }

    public T get() {
        long now = System.nanoTime();
        Reading<T> known = last;
        if (known == null || now - known.at() >= periodNanos) {
            known = new Reading<>(read.get(), now);
            last = known;
        }
        return known.value();
    }
}
