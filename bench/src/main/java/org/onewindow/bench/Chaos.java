package org.onewindow.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.onewindow.contracts.rating.RatingSubmitted;
import org.onewindow.invariants.CaseHistory;
import org.onewindow.invariants.EventLog;
import org.onewindow.invariants.GatewayMonitorApi;
import org.onewindow.invariants.InvariantChecker;
import org.onewindow.invariants.InvariantReport;
import org.onewindow.localstack.LocalStack;
import org.onewindow.localstack.LocalStackOptions;
import org.onewindow.localstack.RunningStack;

/**
 * The chaos run: a stack of its own under a paced load of whole lifecycles (submit, accept, every task reviewed and
 * checked, decision, supervision claim, delivery, ratings at both stages), while each target process in turn is
 * killed with SIGKILL and restarted; clients retry what failed with the same Idempotency-Key. After a quiet period
 * it runs the invariant checker and compares every acknowledged step with the public topics: lost and duplicated
 * effects must be 0, outboxes drained, dead-letter topics empty. See docs/operations.md ("Chaos run").
 */
public final class Chaos {

    private static final String ITEM = "FOOD-BIZ-LICENCE";

    /** Time to recover from one kill: the process ready again, then the first lifecycle completing after that. */
    record Recovery(String process, Instant killedAt, Duration ready, Duration firstCompletion) {
        @Override
        public String toString() {
            return "%-11s ready after %5.1f s, first lifecycle completed %5.1f s after the kill".formatted(process,
                    ready.toMillis() / 1000.0, firstCompletion == null ? Double.NaN : firstCompletion.toMillis() / 1000.0);
        }
    }

    /** The outcome of a run; {@link #clean()} is what the CI variant asserts. */
    record Result(int started, int completed, List<String> failures, Map<CaseLifecycle.Step, Integer> acknowledged,
                  List<String> lostAcknowledged, InvariantReport report, long outboxPending, long deadLetterGauge,
                  List<Recovery> recoveries, Duration loadTime, long unreachable,
                  List<InstanceWatch.Takeover> takeovers, ScheduledEffects scheduled) {

        long lost() {
            return lostAcknowledged.size() + report.lost();
        }

        long duplicated() {
            return report.duplicated();
        }

        long deadLetters() {
            return Math.max(report.deadLetterCount(), deadLetterGauge);
        }

        boolean clean() {
            return lost() == 0 && duplicated() == 0 && deadLetters() == 0 && outboxPending == 0 && report.consistent();
        }

        String summary() {
            StringBuilder text = new StringBuilder();
            double seconds = loadTime.toMillis() / 1000.0;
            text.append("chaos run: %d lifecycles started, %d completed, %d failed in %.0f s (%.2f completed/s); %d requests found the gateway unreachable%n"
                    .formatted(started, completed, failures.size(), seconds, completed / seconds, unreachable));
            text.append("acknowledged: ").append(acknowledged).append('\n');
            text.append(report.summary(40));
            text.append("LOST %d (acknowledged but missing downstream: %d; invariant MISSING: %d), DUPLICATED %d%n"
                    .formatted(lost(), lostAcknowledged.size(), report.lost(), duplicated()));
            lostAcknowledged.stream().limit(40).forEach(l -> text.append("  lost: ").append(l).append('\n'));
            text.append("outbox rows pending %d, dead letters %d (topics %s, gauge %d)%n".formatted(outboxPending,
                    deadLetters(), report.deadLetters(), deadLetterGauge));
            text.append("recovery per kill:\n");
            recoveries.forEach(r -> text.append("  ").append(r).append('\n'));
            if (!takeovers.isEmpty()) {
                text.append("what moved when the relay leaders were killed:\n");
                takeovers.forEach(t -> text.append("  ").append(t).append('\n'));
            }
            text.append("raised by scheduled jobs %s; raised twice for one key: %s%n".formatted(scheduled.raised(),
                    scheduled.doubled().isEmpty() ? "none" : scheduled.doubled()));
            failures.stream().limit(10).forEach(f -> text.append("  failed lifecycle: ").append(f).append('\n'));
            text.append(clean() ? "CLEAN: 0 lost, 0 duplicated, 0 dead letters, outboxes drained\n" : "NOT CLEAN\n");
            return text.toString();
        }
    }

    private Chaos() {
    }

    public static void main(String[] args) {
        // The launcher's quiet logging (warnings only) before any logger exists.
        System.setProperty("logback.configurationFile", "localstack-logback.xml");
        ChaosOptions options = CommandLine.parseOrExit(
                () -> ChaosOptions.parse(args, Path.of("").toAbsolutePath()), ChaosOptions.USAGE);
        Result result = run(options);
        System.out.println();
        System.out.print(result.summary());
        System.exit(result.clean() ? 0 : 1);
    }

    static Result run(ChaosOptions options) {
        LocalStackOptions stackOptions = LocalStackOptions.defaults(options.projectRoot())
                .withDataDir(options.dataDir()).withWipe(true).withPortOffset(options.portOffset())
                // a restart under load took over 300 s once (load 35-42 on 2 cores) and stopped the fault injection
                .withDemoData(true).withReadinessTimeout(Duration.ofSeconds(600)).withInstances(options.instances());
        if (!options.serviceProperties().isEmpty()) {
            List<String> jvm = new ArrayList<>(stackOptions.serviceJvmOptions());
            jvm.addAll(options.serviceProperties());
            stackOptions = stackOptions.withServiceJvmOptions(jvm);
        }
        log("starting a stack of its own: offset %d, data in %s", options.portOffset(), options.dataDir());
        try (RunningStack stack = LocalStack.start(stackOptions)) {
            // Ctrl-C or SIGTERM must not leave the stack's processes (each in its own session) running.
            Thread hook = new Thread(stack::close, "chaos-stack-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            log("stack ready in %d s at %s", stack.startupTime().toSeconds(), stack.gatewayUrl());
            Result result = new Run(stack, options).execute();
            Runtime.getRuntime().removeShutdownHook(hook);
            return result;
        }
    }

    /** One run against one started stack. */
    private static final class Run {
        private final RunningStack stack;
        private final ChaosOptions options;
        private final Client client;
        private final Map<CaseLifecycle.Step, Set<String>> acknowledged = new EnumMap<>(CaseLifecycle.Step.class);
        private final ConcurrentSkipListSet<Long> completions = new ConcurrentSkipListSet<>();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final List<Recovery> recoveries = new ArrayList<>();
        private final List<InstanceWatch.Takeover> takeovers = new ArrayList<>();
        private final AtomicBoolean faultsDone = new AtomicBoolean();
        private final AtomicReference<String> currentFault = new AtomicReference<>("none yet");

        Run(RunningStack stack, ChaosOptions options) {
            this.stack = stack;
            this.options = options;
            this.client = new Client(stack.gatewayUrl(), true);
            for (CaseLifecycle.Step step : CaseLifecycle.Step.values()) {
                acknowledged.put(step, ConcurrentHashMap.newKeySet());
            }
        }

        Result execute() {
            CaseLifecycle.Item item = awaitItem();
            awaitIntakeKnows(item);
            BenchOptions lifecycleOptions = new BenchOptions(stack.gatewayUrl(), options.cases(), options.concurrency(),
                    options.rate(), ITEM, Duration.ofMillis(250), Duration.ofMillis(250), options.hopTimeout());
            CaseLifecycle lifecycle = new CaseLifecycle(client, item, lifecycleOptions,
                    new CaseLifecycle.Behaviour(true, true, true, (caseNumber, step) -> acknowledged.get(step).add(caseNumber)));
            log("load: at least %d lifecycles of %s at %.1f/s (at most %d in flight); kills: %s", options.cases(), ITEM,
                    options.rate(), options.concurrency(), options.targets());

            AtomicInteger started = new AtomicInteger();
            AtomicInteger completed = new AtomicInteger();
            long start = System.nanoTime();
            Thread faults = Thread.ofPlatform().name("chaos-faults").start(this::playFaults);
            Thread progress = Thread.ofVirtual().start(() -> progress(started, completed, start));
            long interval = (long) (1_000_000_000L / options.rate());
            AtomicInteger next = new AtomicInteger();
            try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int w = 0; w < options.concurrency(); w++) {
                    workers.submit(() -> {
                        for (int i = next.getAndIncrement(); i < options.cases() || !faultsDone.get(); i = next.getAndIncrement()) {
                            long wait = start + i * interval - System.nanoTime();
                            if (wait > 0) {
                                LockSupport.parkNanos(wait);
                            }
                            started.incrementAndGet();
                            try {
                                lifecycle.run();
                                completed.incrementAndGet();
                                completions.add(System.nanoTime());
                            } catch (RuntimeException e) {
                                failures.add(String.valueOf(e.getMessage()));
                            }
                        }
                    });
                }
            }
            Duration loadTime = Duration.ofNanos(System.nanoTime() - start);
            faultsDone.set(true);
            join(faults);
            progress.interrupt();
            log("load done: %d started, %d completed, %d failed in %d s", started.get(), completed.get(), failures.size(),
                    loadTime.toSeconds());

            long pending = awaitOutboxesDrained();
            LockSupport.parkNanos(Duration.ofSeconds(10).toNanos()); // consumers finish what the relays just sent
            Check check = check();
            if (check.report.lost() + check.lostAcknowledged.size() > 0) {
                log("%d effects missing: checking again in 30 s (consumers may still be catching up)",
                        check.report.lost() + check.lostAcknowledged.size());
                LockSupport.parkNanos(Duration.ofSeconds(30).toNanos());
                pending = awaitOutboxesDrained();
                check = check();
            }
            Map<CaseLifecycle.Step, Integer> counts = new EnumMap<>(CaseLifecycle.Step.class);
            acknowledged.forEach((step, cases) -> counts.put(step, cases.size()));
            Result result = new Result(started.get(), completed.get(), List.copyOf(failures), counts,
                    check.lostAcknowledged, check.report, pending, metric("onewindow_dlt_depth"),
                    List.copyOf(recoveries), loadTime, client.unreachable.sum(), List.copyOf(takeovers), check.scheduled);
            writeReport(result);
            return result;
        }

        private record Check(InvariantReport report, List<String> lostAcknowledged, ScheduledEffects scheduled) {
        }

        /** The invariant checker over the whole history, plus every acknowledged step looked up on the topics. */
        private Check check() {
            Instant now = Instant.now();
            EventLog log = new EventLog(stack.kafkaBootstrapServers(), EventLog.topicNames(Map.of()), Duration.ofMinutes(5));
            EventLog.Snapshot snapshot = log.read(Set.of(org.onewindow.contracts.Stream.INTAKE_APPLICATIONS,
                    org.onewindow.contracts.Stream.REVIEW_CASES, org.onewindow.contracts.Stream.SUPERVISION_RECORDS,
                    org.onewindow.contracts.Stream.RATING_RATINGS));
            InvariantReport report = new InvariantChecker(new GatewayMonitorApi(stack.gatewayUrl(), null, "monitor"),
                    Duration.ZERO, 4).check(snapshot, now);
            Map<String, CaseHistory> cases = CaseHistory.of(snapshot.events());
            List<String> lost = new ArrayList<>();
            acknowledged.forEach((step, numbers) -> {
                for (String caseNumber : numbers) {
                    CaseHistory history = cases.get(caseNumber);
                    boolean there = history != null && switch (step) {
                        case SUBMITTED -> history.accepted();
                        case DECIDED -> history.decided();
                        case CLAIMED -> history.claimed();
                        case DELIVERED -> history.delivered();
                        case RATED_ACCEPTANCE -> history.rated(RatingSubmitted.Stage.ACCEPTANCE);
                        case RATED_COMPLETION -> history.rated(RatingSubmitted.Stage.COMPLETION);
                    };
                    if (!there) {
                        lost.add(step + " of " + caseNumber + " was acknowledged (2xx) but its event is not on the topics");
                    }
                }
            });
            // scheduled jobs run on every instance: each of their effects at most once (review's deadline warnings,...)
            return new Check(report, lost.stream().sorted().toList(), ScheduledEffects.of(snapshot.events()));
        }

        /** Kills and restarts each target in turn while the load runs; always leaves every process running. */
        private void playFaults() {
            try {
                sleep(options.warmup());
                int round = 0;
                do {
                    for (String target : options.targets()) {
                        recoveries.add(killAndRestart(target));
                        sleep(options.gap());
                    }
                    round++;
                } while ((options.rounds() == 0 && !loadFinished()) || round < options.rounds());
            } catch (RuntimeException e) {
                failures.add("fault injection failed: " + e);
                log("fault injection failed: %s", e);
            } finally {
                faultsDone.set(true);
                currentFault.set("done");
            }
        }

        private boolean loadFinished() {
            return completions.size() + failures.size() >= options.cases();
        }

        private Recovery killAndRestart(String target) {
            if (target.equals(ChaosOptions.LEADERS)) {
                return killLeaders();
            }
            currentFault.set(target + " down");
            Instant killedAt = Instant.now();
            long killed = System.nanoTime();
            log("SIGKILL %s", target);
            stack.kill(target);
            sleep(options.down());
            currentFault.set(target + " restarting");
            stack.restart(target);
            long ready = System.nanoTime();
            log("%s ready again %.1f s after the kill", target, (ready - killed) / 1e9);
            currentFault.set(target + " recovering");
            Long first = null;
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (first == null && System.nanoTime() < deadline) {
                first = completions.ceiling(ready);
                if (first == null) {
                    LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
                }
            }
            Duration firstCompletion = first == null ? null : Duration.ofNanos(first - killed);
            currentFault.set("none (" + target + " recovered)");
            return new Recovery(target, killedAt, Duration.ofNanos(ready - killed), firstCompletion);
        }

        /**
         * SIGKILL to the relay leader of every service that runs several instances, all at once; each restarted in
         * parallel after {@code down}. Then waits for the leadership to move and the consumer groups to drop the dead
         * members ({@link InstanceWatch.Takeover}).
         */
        private Recovery killLeaders() {
            InstanceWatch watch = new InstanceWatch(stack);
            Map<String, String> leaders = new java.util.LinkedHashMap<>();
            Map<String, Map<String, Set<String>>> membersBefore = new java.util.LinkedHashMap<>();
            for (org.onewindow.localstack.ServiceModule module : options.instances().counts().keySet()) {
                String leader = watch.awaitRelayLeader(module.serviceName(), Duration.ofSeconds(60));
                if (leader == null) {
                    throw new IllegalStateException("no instance of " + module.serviceName() + " holds the outbox relay lock");
                }
                leaders.put(module.serviceName(), leader);
                membersBefore.put(module.serviceName(), watch.membersOf(leader));
            }
            List<String> names = leaders.values().stream().map(InstanceWatch::instanceName).toList();
            currentFault.set("leaders " + names + " down");
            Instant killedAt = Instant.now();
            long killed = System.nanoTime();
            log("SIGKILL the relay leaders %s", names);
            parallel(names, stack::kill);
            sleep(options.down());
            currentFault.set("leaders restarting");
            parallel(names, stack::restart);
            long ready = System.nanoTime();
            log("leaders %s ready again %.1f s after the kill", names, (ready - killed) / 1e9);
            // each service's takeover is independent: watched at once, reported in the services' order
            Map<String, InstanceWatch.Takeover> observed = new java.util.concurrent.ConcurrentHashMap<>();
            parallel(List.copyOf(leaders.keySet()), service -> observed.put(service,
                    watch.observe(service, leaders.get(service), membersBefore.get(service), Duration.ofSeconds(90))));
            leaders.keySet().forEach(service -> {
                log("%s", observed.get(service));
                takeovers.add(observed.get(service));
            });
            Long first = completions.ceiling(ready);
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (first == null && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
                first = completions.ceiling(ready);
            }
            currentFault.set("none (leaders recovered)");
            return new Recovery(ChaosOptions.LEADERS, killedAt, Duration.ofNanos(ready - killed),
                    first == null ? null : Duration.ofNanos(first - killed));
        }

        private static void parallel(List<String> names, java.util.function.Consumer<String> action) {
            try (ExecutorService each = Executors.newVirtualThreadPerTaskExecutor()) {
                List<java.util.concurrent.Future<?>> done = new ArrayList<>();
                names.forEach(n -> done.add(each.submit(() -> action.accept(n))));
                for (java.util.concurrent.Future<?> f : done) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new IllegalStateException(e.getCause());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
            }
        }

        /** The catalog's item, once the catalog answers. */
        private CaseLifecycle.Item awaitItem() {
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (true) {
                try {
                    return CaseLifecycle.Item.fetch(client, ITEM);
                } catch (RuntimeException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw notYet;
                    }
                    sleep(Duration.ofMillis(500));
                }
            }
        }

        /**
         * Intake answers from its replica of the catalog: a probe with an invalid resident ID writes nothing and is
         * refused for the ID only once intake knows the item.
         */
        private void awaitIntakeKnows(CaseLifecycle.Item item) {
            String wrongCheck = CaseLifecycle.residentId(1).substring(0, 17) + (CaseLifecycle.residentId(1).endsWith("0") ? "1" : "0");
            Map<String, Object> probe = Map.of("itemCode", item.code(),
                    "applicant", Map.of("kind", "PERSON", "name", "探测", "idNumber", wrongCheck, "phone", "13800138000"),
                    "materials", item.materials().stream().map(code -> Map.of("code", code, "provided", true, "defective", false)).toList(),
                    "delivery", Map.of("method", "WINDOW_PICKUP"), "applicantUserId", "applicant");
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (System.nanoTime() < deadline) {
                Client.Reply reply = client.post("clerk", "/api/intake/v1/applications", probe);
                if (reply.status() == 422 && !reply.text().contains("\"itemCode\"")) {
                    return;
                }
                sleep(Duration.ofMillis(500));
            }
            throw new IllegalStateException("intake never learned item " + item.code() + " from the catalog");
        }

        /** Waits until no service has an unpublished outbox row; returns the rows still pending at the end. */
        private long awaitOutboxesDrained() {
            long deadline = System.nanoTime() + options.quietMax().toNanos();
            long pending;
            do {
                pending = metric("onewindow_outbox_unpublished");
                if (pending == 0) {
                    return 0;
                }
                sleep(Duration.ofSeconds(1));
            } while (System.nanoTime() < deadline);
            return pending;
        }

        /** The sum of a gauge over the five services' {@code /actuator/prometheus}; a service that does not answer counts 1. */
        private long metric(String name) {
            long sum = 0;
            for (String service : List.of("catalog", "intake", "review", "supervision", "rating")) {
                sum += Prometheus.sum(stack.serviceUrl(service).resolve("/actuator/prometheus"), name);
            }
            return sum;
        }

        private void writeReport(Result result) {
            Path file = options.dataDir().resolve("chaos-report.txt");
            try {
                Files.writeString(file, result.summary() + "\n" + result.report().toJson() + "\n");
                log("report written to %s", file);
            } catch (IOException e) {
                log("could not write %s: %s", file, e);
            }
        }

        private void progress(AtomicInteger started, AtomicInteger completed, long start) {
            while (!Thread.currentThread().isInterrupted()) {
                LockSupport.parkNanos(Duration.ofSeconds(10).toNanos());
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                log("%5.0f s: %d started, %d completed (%.2f/s), %d failed; fault: %s", seconds, started.get(),
                        completed.get(), completed.get() / seconds, failures.size(), currentFault.get());
            }
        }
    }

    /** Reads gauges from a Prometheus text page. */
    static final class Prometheus {
        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        /** Sum of every sample of the metric (all tags); 1 when the page cannot be read (not drained: unknown). */
        static long sum(URI page, String metric) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    return 1;
                }
                return parse(response.body(), metric);
            } catch (IOException e) {
                return 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }

        static long parse(String page, String metric) {
            double sum = 0;
            for (String line : page.split("\n")) {
                if (line.startsWith(metric + " ") || line.startsWith(metric + "{")) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return Math.round(sum);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        LockSupport.parkNanos(duration.toNanos());
    }

    static void log(String format, Object... args) {
        System.out.printf("[chaos %tT] %s%n", Instant.now().atZone(java.time.ZoneId.systemDefault()), format.formatted(args));
    }
}
