package th.go.moph.healthliteracy.localstack;

import java.util.concurrent.TimeUnit;

/** Stopping the local stack's processes the same way: politely first, then for certain. */
final class Processes {

    private Processes() {
    }

    /** SIGTERM, then SIGKILL if it has not exited within {@code graceSeconds}. */
    static void stop(Process process, int graceSeconds) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
