package th.go.moph.healthliteracy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * An open-loop load: requests leave at a fixed rate whatever the answers do, and each latency is counted from the
 * moment its request was due, not from when it was sent — so a stall shows in the figures instead of silently
 * lowering the load (the "coordinated omission" of closed-loop tools).
 */
final class OpenLoopLoad {

    /** What one run measured. */
    record Result(double offeredPerSecond, int requests, int errors, double p50Millis, double p95Millis,
            double p99Millis, double maxMillis) {

        boolean held(double p95Limit) {
            return errors == 0 && p95Millis < p95Limit;
        }

        @Override
        public String toString() {
            return String.format("%.0f/s: %d requests, %d errors, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                    offeredPerSecond, requests, errors, p50Millis, p95Millis, p99Millis, maxMillis);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8, daemon -> {
                Thread thread = new Thread(daemon, "load");
                thread.setDaemon(true);
                return thread;
            })).build();

    /** Sends {@code request(i)} at {@code perSecond} for {@code duration}, and waits for the last answer. */
    Result run(double perSecond, Duration duration, IntFunction<HttpRequest> request) throws InterruptedException {
        int total = (int) Math.round(perSecond * duration.toNanos() / 1e9);
        long interval = Math.round(1e9 / perSecond);
        double[] latencies = new double[total];
        AtomicInteger errors = new AtomicInteger();
        CompletableFuture<?>[] answers = new CompletableFuture<?>[total];
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime() + 50_000_000L;
        try {
            for (int i = 0; i < total; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                int n = i;
                answers[i] = http.sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofByteArray())
                        .handle((response, failure) -> {
                            latencies[n] = (System.nanoTime() - due) / 1e6;
                            if (failure != null || response.statusCode() >= 400) {
                                errors.incrementAndGet();
                            }
                            return null;
                        });
            }
            CompletableFuture.allOf(answers).orTimeout(60, TimeUnit.SECONDS).join();
        } finally {
            clock.shutdownNow();
        }
        double[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Result(perSecond, total, errors.get(), percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
    }

    static HttpRequest postJson(URI uri, String json) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static List<Double> rates(double... values) {
        return Arrays.stream(values).boxed().toList();
    }
}
