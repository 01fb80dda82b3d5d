package org.onewindow.bench;

import java.net.URI;
import java.time.Duration;

/**
 * What to run.
 *
 * @param gateway      the running stack's gateway (default {@code http://127.0.0.1:8080}, i.e. {@code ./run-local.sh})
 * @param cases        complete lifecycles to drive (N, default 2000)
 * @param concurrency  lifecycles in flight at most (default 32)
 * @param rate         lifecycles started per second; 0 = as fast as {@code concurrency} allows (closed model)
 * @param itemCode     the item applied for (default the parallel 食品经营许可, FOOD-BIZ-LICENCE)
 * @param recordPoll   interval of the polls for the supervision record (latency a)
 * @param poll         interval of the other polls (review case opened, intake decided, rating stage open)
 * @param timeout      how long one asynchronous hop may take before the lifecycle counts as failed
 */
record BenchOptions(URI gateway, int cases, int concurrency, double rate, String itemCode, Duration recordPoll,
                    Duration poll, Duration timeout) {

    static final String USAGE = """
            Usage: java -jar bench/target/bench.jar [--gateway=URL] [--cases=N] [--concurrency=C] [--rate=R]
                                                   [--item=CODE] [--record-poll-ms=MS] [--poll-ms=MS] [--timeout-s=S]
              --gateway          default http://127.0.0.1:8080 (./run-local.sh)
              --cases            complete lifecycles to drive (default 2000)
              --concurrency      lifecycles in flight at most (default 32)
              --rate             lifecycles started per second (default: unpaced, as fast as the concurrency allows)
              --item             item code (default FOOD-BIZ-LICENCE: MARKET, HEALTH, FIRE in parallel)
              --record-poll-ms   poll interval for the supervision record (default 5)
              --poll-ms          poll interval for the other asynchronous hops (default 20)
              --timeout-s        per-hop timeout (default 120)
            Options take "--name=value" or "--name value".""";

    static BenchOptions parse(String[] args) {
        URI gateway = URI.create("http://127.0.0.1:8080");
        int cases = 2000;
        int concurrency = 32;
        double rate = 0;
        String item = "FOOD-BIZ-LICENCE";
        long recordPollMs = 5;
        long pollMs = 20;
        long timeoutS = 120;
        for (CommandLine.Option option : CommandLine.options(args)) {
            String name = option.name();
            String value = option.value();
            switch (name) {
                case "--gateway" -> gateway = URI.create(value);
                case "--cases" -> cases = positive(name, Integer.parseInt(value));
                case "--concurrency" -> concurrency = positive(name, Integer.parseInt(value));
                case "--rate" -> rate = Double.parseDouble(value);
                case "--item" -> item = value;
                case "--record-poll-ms" -> recordPollMs = positive(name, Integer.parseInt(value));
                case "--poll-ms" -> pollMs = positive(name, Integer.parseInt(value));
                case "--timeout-s" -> timeoutS = positive(name, Integer.parseInt(value));
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new BenchOptions(gateway, cases, concurrency, rate, item, Duration.ofMillis(recordPollMs),
                Duration.ofMillis(pollMs), Duration.ofSeconds(timeoutS));
    }

    private static int positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1");
        }
        return value;
    }
}
