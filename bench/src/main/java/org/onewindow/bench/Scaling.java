package org.onewindow.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

import org.onewindow.localstack.LocalStack;
import org.onewindow.localstack.LocalStackOptions;
import org.onewindow.localstack.RunningStack;
import org.onewindow.localstack.ServiceInstances;

/**
 * {@code bench instances}: throughput with one and with more JVMs per service on this machine, side by side in one
 * run. For each count it starts a stack of its own (wiped, no gateway rate limit), drives a warm-up, then
 * {@code runs} measured bench runs of {@code cases} lifecycles, and prints the median completed lifecycles per
 * second of each count. docs/operations.md, "Several instances".
 */
final class Scaling {

    static final String USAGE = """
            Usage: java -jar bench/target/bench.jar instances [--counts=1,2] [--cases=N] [--concurrency=C] [--runs=R]
                                                             [--warmup=N] [--port-offset=O] [--data-dir=DIR]
              --counts       JVMs per service to compare (default 1,2)
              --cases        lifecycles per measured run (default 300)
              --concurrency  lifecycles in flight (default 32)
              --runs         measured runs per count; the median is reported (default 3)
              --warmup       lifecycles driven first and not counted (default 60)
              --port-offset  ports of the stacks (default 16600)
              --data-dir     the stacks' data (default bench/target/instances-stack; wiped per count)
            Run from the repository root after ./mvnw -q -DskipTests package.""";

    record Figure(int instances, List<Double> perSecond, int failed, Duration startup) {
        double median() {
            double[] sorted = perSecond.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
    }

    private Scaling() {
    }

    static void main(String[] args) {
        System.setProperty("logback.configurationFile", "localstack-logback.xml");
        Path root = Path.of("").toAbsolutePath();
        CommandLine.Values given = CommandLine.parseOrExit(() -> CommandLine.values(args), USAGE);
        List<Integer> counts = Arrays.stream(given.text("--counts", "1,2").split(",")).map(String::trim).map(Integer::parseInt).toList();
        int cases = given.positive("--cases", 300);
        int concurrency = given.positive("--concurrency", 32);
        int runs = given.positive("--runs", 3);
        int warmup = given.positive("--warmup", 60);
        int offset = given.integer("--port-offset", 16600);
        Path dataDir = given.text("--data-dir").map(Path::of).orElse(root.resolve("bench/target/instances-stack"));
        given.refuseUnknown();

        List<Figure> figures = new ArrayList<>();
        for (int count : counts) {
            figures.add(measure(root, dataDir, offset, count, cases, concurrency, runs, warmup));
        }
        System.out.println();
        System.out.printf("%-10s %-34s %-10s %s%n", "instances", "completed lifecycles/s per run", "median", "failed");
        for (Figure f : figures) {
            System.out.printf(Locale.ROOT, "%-10d %-34s %-10.2f %d   (stack ready in %d s)%n", f.instances(),
                    f.perSecond().stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList(), f.median(),
                    f.failed(), f.startup().toSeconds());
        }
        System.exit(0);
    }

    private static Figure measure(Path root, Path dataDir, int offset, int count, int cases, int concurrency, int runs,
                                  int warmup) {
        List<String> jvm = new ArrayList<>(LocalStackOptions.DEFAULT_SERVICE_JVM_OPTIONS);
        jvm.add("-Donewindow.gateway.rate-limit.enabled=false"); // the bench's few users would measure the limiter
        LocalStackOptions options = LocalStackOptions.defaults(root).withDataDir(dataDir).withWipe(true)
                .withPortOffset(offset).withFast(true).withServiceJvmOptions(jvm)
                .withInstances(count == 1 ? ServiceInstances.ONE_EACH : ServiceInstances.each(count));
        Chaos.log("instances %d: starting a stack of its own (offset %d)", count, offset);
        try (RunningStack stack = LocalStack.start(options)) {
            Thread hook = new Thread(stack::close, "scaling-stack-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            Client client = new Client(stack.gatewayUrl());
            CaseLifecycle.Item item = awaitItem(client);
            for (String user : List.of("clerk", "monitor", "applicant")) {
                client.token(user);
            }
            Bench.run(client, item, options(stack, warmup, concurrency)); // JIT, pools, the intake replica of the catalog
            List<Double> perSecond = new ArrayList<>();
            int failed = 0;
            for (int run = 1; run <= runs; run++) {
                Bench.Result result = Bench.run(client, item, options(stack, cases, concurrency));
                double rate = result.completed() / (result.elapsed().toNanos() / 1e9);
                Chaos.log("instances %d, run %d: %d completed, %d failed, %.2f/s", count, run, result.completed(),
                        result.failures().size(), rate);
                result.failures().stream().limit(5).forEach(f -> Chaos.log("  failure: %s", f));
                perSecond.add(rate);
                failed += result.failures().size();
            }
            Runtime.getRuntime().removeShutdownHook(hook);
            return new Figure(count, perSecond, failed, stack.startupTime());
        }
    }

    private static BenchOptions options(RunningStack stack, int cases, int concurrency) {
        return new BenchOptions(stack.gatewayUrl(), cases, concurrency, 0, "FOOD-BIZ-LICENCE", Duration.ofMillis(5),
                Duration.ofMillis(20), Duration.ofSeconds(120));
    }

    private static CaseLifecycle.Item awaitItem(Client client) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            try {
                return CaseLifecycle.Item.fetch(client, "FOOD-BIZ-LICENCE");
            } catch (RuntimeException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            }
        }
    }
}
