package th.go.moph.healthliteracy.media.infrastructure.ffmpeg;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import net.bramp.ffmpeg.FFmpeg;
import net.bramp.ffmpeg.RunProcessFunction;

/**
 * One run of the ffmpeg program through ffmpeg-cli-wrapper, in a given working folder. Keeps the process so it can be
 * stopped (a cancelled job), and the end of its error output so a failure can be explained in a few readable lines.
 */
public final class FfmpegRun {

    private static final int KEPT_LINES = 40;

    private final AtomicReference<Process> process = new AtomicReference<>();
    private final Deque<String> lastLines = new ArrayDeque<>();

    /** ffmpeg exited with an error; the message is a summary of what it said. */
    public static class FfmpegFailedException extends IOException {
        private static final long serialVersionUID = 1L;

        FfmpegFailedException(String summary, Throwable cause) {
            super(summary, cause);
        }
    }

    public void run(String ffmpegPath, List<String> arguments, Path workingFolder) throws IOException {
        RunProcessFunction start = new RunProcessFunction() {
            @Override
            public Process run(List<String> command) throws IOException {
                Process started = super.run(command);
                process.set(started);
                return started;
            }
        }.setWorkingDirectory(workingFolder.toFile());
        FFmpeg ffmpeg = new FFmpeg(ffmpegPath, start);
        // the wrapper starts ffmpeg with its error output merged into the standard output: both come here
        Appendable lines = new Appendable() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public Appendable append(CharSequence text) {
                for (int i = 0; i < text.length(); i++) {
                    append(text.charAt(i));
                }
                return this;
            }

            @Override
            public Appendable append(CharSequence text, int start, int end) {
                return append(text.subSequence(start, end));
            }

            @Override
            public Appendable append(char c) {
                if (c == '\n' || c == '\r') {
                    keep(line.toString());
                    line.setLength(0);
                } else {
                    line.append(c);
                }
                return this;
            }
        };
        ffmpeg.setProcessOutputStream(lines);
        ffmpeg.setProcessErrorStream(lines);
        try {
            ffmpeg.run(arguments);
        } catch (IOException | RuntimeException e) {
            throw new FfmpegFailedException(summary(), e);
        } finally {
            process.set(null);
        }
    }

    private synchronized void keep(String line) {
        if (line.isBlank()) {
            return;
        }
        lastLines.addLast(line.strip());
        if (lastLines.size() > KEPT_LINES) {
            lastLines.removeFirst();
        }
    }

    /** The lines of ffmpeg's output that say what went wrong (or its last lines when none says). */
    public synchronized String summary() {
        List<String> errors = lastLines.stream()
                .filter(l -> l.matches("(?i).*(error|invalid|no such|not supported|could not|failed|unknown|denied|"
                        + "moov atom|end of file).*"))
                .distinct().collect(Collectors.toList());
        List<String> shown = errors.isEmpty() ? List.copyOf(lastLines) : errors;
        String text = String.join("; ", shown.subList(Math.max(0, shown.size() - 4), shown.size()));
        return text.isEmpty() ? "ffmpeg failed without saying why" : text;
    }

    /** Stops the running ffmpeg, if any (a cancelled job or a shutting-down worker). */
    public void stop() {
        Process running = process.get();
        if (running != null) {
            running.descendants().forEach(ProcessHandle::destroyForcibly);
            running.destroyForcibly();
        }
    }
}
