package th.go.moph.healthliteracy.testing;

import java.time.Duration;

/** Waiting in tests for what happens asynchronously (outboxes, the feed sequencer, webhooks): poll until it holds. */
public final class Await {

    /** A condition that may need I/O to check. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    private Await() {
    }

    /** Checks {@code condition} every 100 ms until it holds; fails naming {@code what} after {@code within}. */
    public static void until(Condition condition, Duration within, String what) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + within);
            }
            Thread.sleep(100);
        }
    }
}
