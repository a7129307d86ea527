package th.go.moph.healthliteracy.testing;

import java.util.ArrayList;
import java.util.List;

/** Runs the real ffmpeg to make the tests' clips (lavfi sources); fails with ffmpeg's own words. */
public final class Ffmpeg {

    private Ffmpeg() {
    }

    public static void run(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostdin", "-y", "-loglevel", "error"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new AssertionError("ffmpeg " + String.join(" ", arguments) + " failed: " + output);
        }
    }
}
