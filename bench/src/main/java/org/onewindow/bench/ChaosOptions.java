package org.onewindow.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.onewindow.localstack.ServiceInstances;

/**
 * What a chaos run does (docs/operations.md, "Chaos run").
 *
 * @param projectRoot  the repository root (the services' jars are {@code <module>/target/<module>.jar})
 * @param dataDir      the run's own stack data (wiped first)
 * @param portOffset   the run's own ports (default 14000: clear of ./run-local.sh and the test stacks)
 * @param cases        lifecycles at least; the load goes on until every fault was played
 * @param rate         lifecycles started per second
 * @param concurrency  lifecycles in flight at most
 * @param targets      processes killed with SIGKILL and restarted, in order
 * @param rounds       how many times the whole list of targets is played (0 = as long as the load runs)
 * @param warmup       load before the first kill
 * @param down         how long a killed process stays down
 * @param gap          pause between a recovery and the next kill
 * @param hopTimeout   how long one step of a lifecycle may wait (a restart under load takes tens of seconds)
 * @param quietMax     after the load, how long to wait for the outboxes to drain
 * @param instances    JVMs per service of the run's stack ({@code --instances}; one each by default)
 * @param serviceProperties extra {@code -D} options of every service JVM (ChaosIT shortens review's
 *                     deadline-warning scan so warnings are due during the run)
 */
record ChaosOptions(Path projectRoot, Path dataDir, int portOffset, int cases, double rate, int concurrency,
                    List<String> targets, int rounds, Duration warmup, Duration down, Duration gap, Duration hopTimeout,
                    Duration quietMax, ServiceInstances instances, List<String> serviceProperties) {

    /**
     * A target that kills, at once, the instance holding the outbox relay lock of every service that runs several
     * (each restarted in parallel); what moved is reported ({@link InstanceWatch}).
     */
    static final String LEADERS = "leaders";

    ChaosOptions(Path projectRoot, Path dataDir, int portOffset, int cases, double rate, int concurrency,
                 List<String> targets, int rounds, Duration warmup, Duration down, Duration gap, Duration hopTimeout,
                 Duration quietMax) {
        this(projectRoot, dataDir, portOffset, cases, rate, concurrency, targets, rounds, warmup, down, gap, hopTimeout,
                quietMax, ServiceInstances.ONE_EACH, List.of());
    }

    static final List<String> ALL_TARGETS = List.of("catalog", "intake", "review", "supervision", "rating", "gateway",
            "kafka", "postgres");

    static final String USAGE = """
            Usage: java -jar bench/target/bench.jar chaos [--cases=N] [--rate=R] [--concurrency=C] [--port-offset=O]
                       [--targets=a,b,...] [--rounds=K] [--warmup-s=S] [--down-s=S] [--gap-s=S] [--data-dir=DIR]
                       [--instances=N]
              --cases        lifecycles at least (default 1000); the load goes on until every kill was played
              --rate         lifecycles started per second (default 3)
              --concurrency  lifecycles in flight at most (default 96)
              --port-offset  ports of the run's own stack (default 14000)
              --targets      killed and restarted in order (default catalog,intake,review,supervision,rating,gateway,kafka,postgres);
                             with --instances also an instance (review-2) or "leaders": every service's relay leader at once
              --instances    JVMs per service: N, or review=2,intake=2 (default 1; docs/operations.md "Several instances")
              --rounds       times the targets are played (default 1; 0 = again and again while the load runs)
              --warmup-s     load before the first kill (default 20)
              --down-s       a killed process stays down this long (default 5)
              --gap-s        pause after a recovery before the next kill (default 15)
              --data-dir     the stack's data (default bench/target/chaos-stack; wiped)
            Run from the repository root after ./mvnw -q -DskipTests package.""";

    static ChaosOptions parse(String[] args, Path projectRoot) {
        CommandLine.Values given = CommandLine.values(args);
        Path dataDir = given.text("--data-dir").map(dir -> Path.of(dir).toAbsolutePath())
                .orElse(projectRoot.resolve("bench/target/chaos-stack"));
        List<String> targets = given.text("--targets")
                .map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList())
                .orElse(ALL_TARGETS);
        ChaosOptions options = new ChaosOptions(projectRoot, dataDir, given.integer("--port-offset", 14000),
                given.integer("--cases", 1000), given.decimal("--rate", 3), given.integer("--concurrency", 96), targets,
                given.integer("--rounds", 1), Duration.ofSeconds(given.whole("--warmup-s", 20)),
                Duration.ofSeconds(given.whole("--down-s", 5)), Duration.ofSeconds(given.whole("--gap-s", 15)),
                Duration.ofMinutes(5), Duration.ofMinutes(5),
                given.text("--instances").map(ServiceInstances::parse).orElse(ServiceInstances.ONE_EACH), List.of());
        given.refuseUnknown();
        for (String target : targets) {
            if (!ALL_TARGETS.contains(target) && !options.runs(target)) {
                throw new IllegalArgumentException("unknown target " + target + "; known: " + ALL_TARGETS
                        + ", an instance of a service that runs several (review-2), or " + LEADERS);
            }
        }
        return options;
    }

    /** An instance this run's stack has (review-2 with --instances=2), or {@link #LEADERS} when a service runs several. */
    boolean runs(String target) {
        if (target.equals(LEADERS)) {
            return !instances.counts().isEmpty();
        }
        try {
            ServiceInstances.Instance instance = ServiceInstances.Instance.byName(target);
            return instance.number() <= instances.count(instance.module());
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
