package org.onewindow.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;

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
 * @param polling      the old client (before 2026-11-30): poll every {@code poll}/{@code recordPoll} instead of waiting
 *                     reads; kept so figures stay comparable
 * @param waitFor      the {@code Prefer: wait} of the waiting reads (the services cap it, 30 s by default)
 * @param stack        command-line markers of the stack's processes for the CPU per lifecycle by process (see
 *                     {@link StackCpu}); none: no CPU figures
 */
record BenchOptions(URI gateway, int cases, int concurrency, double rate, String itemCode, Duration recordPoll,
                    Duration poll, Duration timeout, boolean polling, Duration waitFor, List<String> stack) {

    /** The polling client (the chaos and scaling runs keep it, so their figures stay comparable). */
    BenchOptions(URI gateway, int cases, int concurrency, double rate, String itemCode, Duration recordPoll,
                 Duration poll, Duration timeout) {
        this(gateway, cases, concurrency, rate, itemCode, recordPoll, poll, timeout, true, Duration.ofSeconds(30), List.of());
    }

    static final String USAGE = """
            Usage: java -jar bench/target/bench.jar [--gateway=URL] [--cases=N] [--concurrency=C] [--rate=R]
                                                   [--item=CODE] [--record-poll-ms=MS] [--poll-ms=MS] [--timeout-s=S]
                                                   [--polling] [--wait-s=S] [--stack=MARKERS]
              --gateway          default http://127.0.0.1:8080 (./run-local.sh)
              --cases            complete lifecycles to drive (default 2000)
              --concurrency      lifecycles in flight at most (default 32)
              --rate             lifecycles started per second (default: unpaced, as fast as the concurrency allows)
              --item             item code (default FOOD-BIZ-LICENCE: MARKET, HEALTH, FIRE in parallel)
              --record-poll-ms   poll interval for the supervision record (default 5; with --polling)
              --poll-ms          poll interval for the other asynchronous hops (default 20; with --polling, and the
                                 pause before a waiting read that ended without the change is sent again)
              --timeout-s        per-hop timeout (default 120)
              --polling          poll as before 2026-11-30 instead of waiting reads (GET with Prefer: wait=S,
                                 RFC 7240, If-None-Match; docs/architecture.md "Waiting for a change")
              --wait-s           the Prefer: wait of the waiting reads (default 30)
              --stack            comma-separated strings found in the command lines of the stack's processes (the
                                 launcher's --project-root and PostgreSQL's data directory), e.g.
                                 --stack=/work/main,/work/main/.local: prints the CPU per lifecycle of each process
                                 and how busy the rest of the machine was (default: none)
            Options take "--name=value" or "--name value".""";

    static BenchOptions parse(String[] args) {
        CommandLine.Values given = CommandLine.values(args);
        BenchOptions options = new BenchOptions(URI.create(given.text("--gateway", "http://127.0.0.1:8080")),
                given.positive("--cases", 2000), given.positive("--concurrency", 32), given.decimal("--rate", 0),
                given.text("--item", "FOOD-BIZ-LICENCE"), Duration.ofMillis(given.positive("--record-poll-ms", 5)),
                Duration.ofMillis(given.positive("--poll-ms", 20)), Duration.ofSeconds(given.positive("--timeout-s", 120)),
                given.flag("--polling"), Duration.ofSeconds(given.positive("--wait-s", 30)),
                StackCpu.markers(given.text("--stack", "")));
        given.refuseUnknown();
        return options;
    }
}
