package org.onewindow.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code bench requests}: one GET at a fixed rate for a fixed time, and what each request cost: CPU milliseconds per
 * request of every process of the stack ({@link StackCpu}, before and after) and the latency percentiles. Sent
 * through the gateway or straight to a service's port, the difference is the gateway's share (docs/benchmarks.md).
 */
final class Requests {

    private Requests() {
    }

    static void main(String[] args) {
        RequestsOptions options = CommandLine.parseOrExit(() -> RequestsOptions.parse(args), RequestsOptions.USAGE);
        String bearer = options.user().equals("-") ? null : new Client(options.gateway()).token(options.user());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(options.target().resolve(options.path()))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json, application/problem+json").GET();
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        HttpRequest request = builder.build();
        System.out.printf("requests: GET %s as %s, %.0f/s for %d s after %d s of warm-up%n", request.uri(),
                options.user(), options.rate(), options.seconds(), options.warmup());
        if (options.warmup() > 0) {
            send(http, request, options.rate(), options.warmup());
        }
        StackCpu.Snapshot before = StackCpu.snapshot(options.stack());
        Run run = send(http, request, options.rate(), options.seconds());
        StackCpu.Snapshot after = StackCpu.snapshot(options.stack());
        run.print(after.minus(before));
        System.exit(run.statuses.keySet().stream().allMatch(s -> s >= 200 && s < 300) ? 0 : 1);
    }

    /** What one run answered: statuses with their counts, latencies, and the wall time. */
    record Run(Map<Integer, Long> statuses, Percentiles latency, long requests, Duration elapsed, long late) {

        void print(StackCpu.Snapshot cpu) {
            double seconds = elapsed.toNanos() / 1e9;
            System.out.printf("%nsent %d in %.1f s (%.1f/s), statuses %s, %d started more than 10 ms late%n",
                    requests, seconds, requests / seconds, statuses, late);
            System.out.printf("latency  %s%n", latency);
            cpu.print("request", requests, seconds);
        }
    }

    /** Starts one request every 1/rate seconds on its own virtual thread, so a slow answer does not hold back the rate. */
    static Run send(HttpClient http, HttpRequest request, double rate, int seconds) {
        long count = Math.round(rate * seconds);
        long interval = (long) (1e9 / rate);
        long[] latencies = new long[(int) count];
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        LongAdder late = new LongAdder();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                long wait = start + i * interval - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                } else if (wait < -10_000_000L) {
                    late.increment();
                }
                int slot = i;
                threads.submit(() -> {
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException e) {
                        status = Client.UNREACHABLE;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    latencies[slot] = System.nanoTime() - sent;
                    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                });
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Map<Integer, Long> counted = new TreeMap<>();
        statuses.forEach((status, n) -> counted.put(status, n.sum()));
        return new Run(counted, Percentiles.of(latencies), count, elapsed, late.sum());
    }
}
