package th.go.moph.healthliteracy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The processor time a process (all its threads) has used so far, read from Linux's {@code /proc/<pid>/stat}: how a
 * benchmark tells which of the processes sharing the machine spent the time.
 */
final class CpuTime {

    private static final double TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux architecture Java runs on

    private CpuTime() {
    }

    /** User plus system time of {@code pid}, in milliseconds. */
    static double millis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name (field 2) may hold spaces; fields after it are counted from its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
            return ticks * 1000 / TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the processor time of process " + pid, e);
        }
    }
}
