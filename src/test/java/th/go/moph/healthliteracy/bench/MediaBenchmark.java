package th.go.moph.healthliteracy.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.imageio.ImageIO;

import th.go.moph.healthliteracy.media.application.ImageRenditions;
import th.go.moph.healthliteracy.media.application.RenditionLadder;
import th.go.moph.healthliteracy.media.infrastructure.ffmpeg.FfmpegRun;

/**
 * Media benchmarks, run by {@code deploy/bench/media} (never by {@code mvn verify}):
 * <ul>
 * <li>the HLS ladder of a 1080p clip through the portal's wrapper, against the bare ffmpeg command with identical
 * arguments (target: at most 1.03 times the bare time);</li>
 * <li>the image renditions of a 24-megapixel photo, against {@code vipsthumbnail} making the same sizes and formats,
 * with the portal's peak heap (target: at most 512 MB; this JVM runs with {@code -Xmx512m}).</li>
 * </ul>
 * Each measurement is repeated, alternating the two sides; medians are reported.
 */
public final class MediaBenchmark {

    private static final int RUNS = 3;

    private MediaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Bench.workFolder(args, "target/bench/media");
        List<String[]> rows = new ArrayList<>();
        rows.addAll(hlsLadder(work));
        rows.addAll(imageRenditions(work));
        String machine = Machine.describe();
        StringBuilder table = new StringBuilder("| figure | value | reference | ratio | target | machine |\n"
                + "|---|---|---|---|---|---|\n");
        for (String[] row : rows) {
            table.append("| ").append(String.join(" | ", row)).append(" | ").append(machine).append(" |\n");
        }
        System.out.println();
        System.out.print(table);
        Files.writeString(work.resolve("results.md"), table);
    }

    private static List<String[]> hlsLadder(Path work) throws Exception {
        Path source = work.resolve("source-1080p.mp4");
        run(work, "ffmpeg", "-hide_banner", "-nostdin", "-y", "-loglevel", "error", "-f", "lavfi", "-i",
                "testsrc2=size=1920x1080:rate=25", "-f", "lavfi", "-i", "sine=frequency=440", "-t", "20",
                "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-c:a", "aac", source.toString());
        RenditionLadder ladder = RenditionLadder.forSource(1080, true);
        List<String> arguments = ladder.ffmpegArguments(source.toString());
        List<Double> bare = new ArrayList<>();
        List<Double> wrapped = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Path bareDir = ladderFolder(work, "bare-" + i, ladder);
            List<String> command = new ArrayList<>(List.of("ffmpeg"));
            command.addAll(arguments);
            bare.add(timed(() -> run(bareDir, command.toArray(String[]::new))));
            Path wrapDir = ladderFolder(work, "portal-" + i, ladder);
            wrapped.add(timed(() -> new FfmpegRun().run("ffmpeg", arguments, wrapDir)));
            System.out.printf(Locale.ROOT, "HLS ladder run %d: bare %.2f s, portal %.2f s%n", i + 1, bare.get(i),
                    wrapped.get(i));
        }
        double b = median(bare);
        double w = median(wrapped);
        return List.<String[]>of(new String[] {"HLS ladder 1080p/720p/480p/360p of a 20 s 1080p clip (median of "
                + RUNS + ")", format(w, "s"), "bare ffmpeg, identical arguments: " + format(b, "s"),
                String.format(Locale.ROOT, "%.3f×", w / b), "≤ 1.03×"});
    }

    private static Path ladderFolder(Path work, String name, RenditionLadder ladder) throws IOException {
        Path dir = Files.createDirectories(work.resolve(name));
        for (int i = 0; i < ladder.rungs().size(); i++) {
            Files.createDirectories(dir.resolve("v" + i));
        }
        return dir;
    }

    private static List<String[]> imageRenditions(Path work) throws Exception {
        Path photo = work.resolve("photo-24mp.jpg");
        ImageIO.write(photoLike(6000, 4000), "jpeg", photo.toFile());
        ImageRenditions renditions = new ImageRenditions();
        List<Double> portal = new ArrayList<>();
        List<Double> vips = new ArrayList<>();
        long peakHeap = 0;
        for (int i = 0; i < RUNS; i++) {
            Path out = Files.createDirectories(work.resolve("images-portal-" + i));
            System.gc();
            resetPeaks();
            portal.add(timed(() -> renditions.render(photo, out)));
            peakHeap = Math.max(peakHeap, heapPeak());
            Path vipsOut = Files.createDirectories(work.resolve("images-vips-" + i));
            vips.add(timed(() -> {
                for (int width : ImageRenditions.WIDTHS) {
                    run(vipsOut, "vipsthumbnail", photo.toString(), "--size", String.valueOf(width),
                            "-o", vipsOut.resolve(width + ".jpg").toString() + "[Q=82,strip]");
                    run(vipsOut, "vipsthumbnail", photo.toString(), "--size", String.valueOf(width),
                            "-o", vipsOut.resolve(width + ".webp").toString() + "[Q=80,strip]");
                }
            }));
            System.out.printf(Locale.ROOT, "Image renditions run %d: portal %.2f s, vipsthumbnail %.2f s%n", i + 1,
                    portal.get(i), vips.get(i));
        }
        double p = median(portal);
        double v = median(vips);
        return List.of(
                new String[] {"Image renditions of a 24 MP photo: JPEG + WebP at 320/640/1280/1920 (median of " + RUNS + ")",
                        format(p, "s"), "vipsthumbnail, same sizes and formats: " + format(v, "s"),
                        String.format(Locale.ROOT, "%.2f×", p / v), "(compared)"},
                new String[] {"Peak heap while rendering the 24 MP photo", (peakHeap / (1024 * 1024)) + " MB",
                        "-Xmx512m", String.format(Locale.ROOT, "%.2f of the limit", peakHeap / (512.0 * 1024 * 1024)),
                        "≤ 512 MB"});
    }

    /** A photo-like picture: gradients and noise, so JPEG and WebP work as hard as on a real photo. */
    private static BufferedImage photoLike(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 120, 90), width, height, new Color(240, 200, 120)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        Random random = new Random(42);
        for (int y = 0; y < height; y += 2) {
            for (int x = 0; x < width; x += 2) {
                int rgb = image.getRGB(x, y);
                int noise = random.nextInt(24) - 12;
                int r = clamp(((rgb >> 16) & 0xFF) + noise);
                int gr = clamp(((rgb >> 8) & 0xFF) + noise);
                int b = clamp((rgb & 0xFF) + noise);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + Arrays.toString(command));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String format(double seconds, String unit) {
        return String.format(Locale.ROOT, "%.2f %s", seconds, unit);
    }
}
