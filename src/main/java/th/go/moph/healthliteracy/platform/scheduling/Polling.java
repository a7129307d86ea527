package th.go.moph.healthliteracy.platform.scheduling;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work an instance repeats at a fixed pace (outbox deliveries, the feed sequencer, webhook sending): each turn runs
 * batches until one comes back short, and a failing turn is logged and tried again at the next one, never ending the
 * repetition.
 */
public final class Polling {

    private final ScheduledFuture<?> turns;

    private Polling(ScheduledFuture<?> turns) {
        this.turns = turns;
    }

    /**
     * Every {@code periodMillis} (after {@code delayMillis}): {@code batch} again and again while it answers
     * {@code fullBatch} (there may be more waiting).
     */
    public static Polling start(ScheduledExecutorService scheduler, long delayMillis, long periodMillis, int fullBatch,
            IntSupplier batch, Logger log, String what) {
        return new Polling(scheduler.scheduleWithFixedDelay(() -> {
            try {
                while (batch.getAsInt() >= fullBatch) {
                    // a full batch: more may be waiting
                }
            } catch (RuntimeException e) {
                log.log(Level.WARNING, what + " failed; will retry", e);
            }
        }, delayMillis, periodMillis, TimeUnit.MILLISECONDS));
    }

    public void stop() {
        turns.cancel(false);
    }
}
