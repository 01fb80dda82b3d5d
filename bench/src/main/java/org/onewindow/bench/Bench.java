package org.onewindow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Load generator: N complete lifecycles through the gateway of a running stack ({@code ./run-local.sh}), at most
 * {@code concurrency} at once, optionally paced at a target rate. Prints completed cases per second and the
 * latency percentiles of (a) decision -> supervision record visible and (b) submission -> acceptance, and with
 * {@code --stack} the CPU per lifecycle of each of the stack's processes ({@link StackCpu}).
 * See docs/benchmarks.md for the command and recorded figures.
 */
public final class Bench {

    /** The other modes, by their first argument; without one of these, the lifecycle benchmark runs. */
    private static final Map<String, Consumer<String[]>> MODES = Map.of(
            "chaos", Chaos::main,
            "instances", Scaling::main,
            "requests", Requests::main,
            "seed", Seed::main,
            "verify-audit", VerifyAudit::main);

    private Bench() {
    }

    public static void main(String[] args) {
        Consumer<String[]> mode = args.length > 0 ? MODES.get(args[0]) : null;
        if (mode != null) {
            mode.accept(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        BenchOptions options = CommandLine.parseOrExit(() -> BenchOptions.parse(args), BenchOptions.USAGE);
        Client client = new Client(options.gateway());
        CaseLifecycle.Item item = CaseLifecycle.Item.fetch(client, options.itemCode());
        System.out.printf("bench: %d cases of %s (%s, two-person review %s), concurrency %d, %s, %s, via %s%n",
                options.cases(), item.code(), item.departments(), item.twoPersonReview(), options.concurrency(),
                options.rate() > 0 ? "paced at " + options.rate() + " cases/s" : "unpaced",
                options.polling() ? "polling" : "waiting reads (Prefer: wait=" + options.waitFor().toSeconds() + ")",
                options.gateway());
        for (String user : List.of("clerk", "monitor", "applicant")) {
            client.token(user);
        }

        StackCpu.Snapshot before = StackCpu.snapshot(options.stack());
        Result result = run(client, item, options);
        StackCpu.Snapshot spent = StackCpu.snapshot(options.stack()).minus(before);
        result.print(options);
        spent.print("lifecycle", result.completed(), result.elapsed().toNanos() / 1e9);
        System.exit(result.failures.isEmpty() ? 0 : 1);
    }

    static Result run(Client client, CaseLifecycle.Item item, BenchOptions options) {
        CaseLifecycle lifecycle = new CaseLifecycle(client, item, options);
        long[] acceptance = new long[options.cases()];
        long[] decisionToRecord = new long[options.cases()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        LongAdder lateStarts = new LongAdder();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long intervalNanos = options.rate() > 0 ? (long) (1_000_000_000L / options.rate()) : 0;
        long start = System.nanoTime();
        Thread progress = Thread.ofVirtual().start(() -> report(completed, failures, options.cases(), start));
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < options.concurrency(); w++) {
                workers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < options.cases(); i = next.getAndIncrement()) {
                        if (intervalNanos > 0) {
                            long due = start + i * intervalNanos;
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                LockSupport.parkNanos(wait);
                            } else if (wait < -intervalNanos) {
                                lateStarts.increment();
                            }
                        }
                        try {
                            CaseLifecycle.Timings timings = lifecycle.run();
                            int slot = completed.getAndIncrement();
                            acceptance[slot] = timings.acceptance();
                            decisionToRecord[slot] = timings.decisionToRecord();
                        } catch (RuntimeException e) {
                            failures.add(e.getMessage());
                        }
                    }
                });
            }
        }
        long elapsed = System.nanoTime() - start;
        progress.interrupt();
        int done = completed.get();
        return new Result(done, List.copyOf(failures), Duration.ofNanos(elapsed),
                Percentiles.of(Arrays.copyOf(acceptance, done)),
                Percentiles.of(Arrays.copyOf(decisionToRecord, done)),
                client.requests.sum(), client.rateLimited.sum(), client.busy.sum(), lateStarts.sum());
    }

    private static void report(AtomicInteger completed, ConcurrentLinkedQueue<String> failures, int total, long start) {
        while (!Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(Duration.ofSeconds(5).toNanos());
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("  %5.0f s: %d/%d completed (%.1f/s), %d failed%n", seconds, completed.get(), total,
                    completed.get() / seconds, failures.size());
        }
    }

    record Result(int completed, List<String> failures, Duration elapsed, Percentiles acceptance,
                  Percentiles decisionToRecord, long requests, long rateLimited, long busy, long lateStarts) {

        void print(BenchOptions options) {
            double seconds = elapsed.toNanos() / 1e9;
            System.out.println();
            System.out.printf("completed lifecycles     %d of %d in %.1f s, %d failed%n", completed, options.cases(),
                    seconds, failures.size());
            System.out.printf("throughput               %.1f completed cases/s (%.0f HTTP requests/s through the gateway, %d answered 429, %d answered 503 and were sent again)%n",
                    completed / seconds, requests / seconds, rateLimited, busy);
            System.out.printf("HTTP requests per case   %.1f%n", completed == 0 ? 0.0 : (double) requests / completed);
            System.out.printf("(a) decision -> supervision record visible  %s%n", decisionToRecord);
            System.out.printf("(b) submission -> acceptance (POST)         %s%n", acceptance);
            if (options.rate() > 0) {
                System.out.printf("paced at %.1f cases/s; %d cases started more than one interval late%n",
                        options.rate(), lateStarts);
            }
            List<String> shown = new ArrayList<>(failures.subList(0, Math.min(5, failures.size())));
            shown.forEach(f -> System.out.println("failure: " + f));
        }
    }
}
