package th.go.moph.healthliteracy.bench;

import java.lang.management.ManagementFactory;

/** The machine a benchmark ran on, for its results table. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores, "
                + Math.round(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize() / 1e9) + " GB, " + System.getProperty("os.name") + ", Java "
                + System.getProperty("java.version");
    }
}
