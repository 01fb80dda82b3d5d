package org.onewindow.systemtests.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.onewindow.localstack.LocalStack;
import org.onewindow.localstack.LocalStackOptions;
import org.onewindow.localstack.RunningStack;
import org.onewindow.platform.test.OtlpReceiver;

/**
 * The one stack of a system-test run: PostgreSQL, Kafka, the five services and the gateway with demo data, in a
 * fresh data directory under {@code target/stack} and on ports moved by an offset (default 12000, so a developer's
 * {@code ./run-local.sh} keeps running). Started by {@link StackExtension} before the first test class, closed
 * when the JUnit engine finishes.
 *
 * <p>PostgreSQL runs {@code --fast} (no fsync): the data is wiped at every run. The launcher's steps and each
 * service's readiness are printed with their times, and a failed start prints the tail of every log of the stack,
 * so a red run says where it stopped. A start that failed is not tried again by the next test class: each fails at
 * once with the same cause.
 */
public final class SuiteStack implements AutoCloseable {

    /**
     * Per service, from its own start. Six JVMs on two cores took up to 250 s with other builds running (load 22);
     * a service that is not ready after this is broken, not slow.
     */
    private static final Duration READINESS = Duration.ofSeconds(600);
    private static final int TAIL_LINES = 60;

    private final RunningStack stack;
    private final Gateway gateway;
    private final OtlpReceiver traces;

    private SuiteStack(RunningStack stack, OtlpReceiver traces) {
        this.stack = stack;
        this.gateway = new Gateway(stack.gatewayUrl());
        this.traces = traces;
    }

    static SuiteStack start() {
        Path root = Path.of(System.getProperty("onewindow.project-root", "..")).toAbsolutePath().normalize();
        Path dataDir = Path.of(System.getProperty("onewindow.systemtests.data-dir",
                root.resolve("system-tests/target/stack").toString()));
        int offset = Integer.getInteger("onewindow.systemtests.port-offset", 12000);
        // Every JVM of the stack exports its spans over OTLP to this receiver (a free port of this JVM), as production
        // exports to its collector: OtlpTracingIT reads one lifecycle's trace from it.
        OtlpReceiver traces = OtlpReceiver.start(0);
        List<String> jvmOptions = new java.util.ArrayList<>(LocalStackOptions.DEFAULT_SERVICE_JVM_OPTIONS);
        jvmOptions.add("-Dmanagement.opentelemetry.tracing.export.otlp.endpoint=" + traces.endpoint());
        // LiveFeedIT: an idle feed stream must outlive a short servlet async timeout (30 s by default, 5 s here) on
        // its way through the gateway, kept open by heartbeats (every 2 s here instead of 15 s)
        jvmOptions.add("-Dspring.mvc.async.request-timeout=5s");
        jvmOptions.add("-Donewindow.monitor.feed.heartbeat=2s");
        LocalStackOptions options = LocalStackOptions.defaults(root)
                .withDataDir(dataDir)
                .withWipe(true)
                .withFast(true)
                .withPortOffset(offset)
                .withDemoData(true)
                .withServiceJvmOptions(jvmOptions)
                .withReadinessTimeout(READINESS);
        long started = System.nanoTime();
        System.out.printf("[system-tests] starting the stack: java %s, ports offset %d, data in %s, readiness %d s per service, spans to %s%n",
                System.getProperty("java.home"), offset, dataDir, READINESS.toSeconds(), traces.endpoint());
        RunningStack running;
        try {
            running = LocalStack.start(options, System.out);
        } catch (RuntimeException e) {
            System.err.printf("[system-tests] the stack did not start after %d s: %s%n",
                    Duration.ofNanos(System.nanoTime() - started).toSeconds(), e);
            printLogTails(options.layout().logsDir());
            traces.close();
            throw e;
        } catch (Error e) {
            // JUnit rethrows an OutOfMemoryError and aborts the whole run before any report is written; the start's
            // memory is garbage by now, so report it as this class's failure instead.
            System.err.printf("[system-tests] the stack did not start after %d s: %s%n",
                    Duration.ofNanos(System.nanoTime() - started).toSeconds(), e);
            printLogTails(options.layout().logsDir());
            traces.close();
            throw new IllegalStateException("the stack did not start: " + e, e);
        }
        System.out.printf("[system-tests] stack ready in %d s at %s%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), running.gatewayUrl());
        SuiteStack suite = new SuiteStack(running, traces);
        try {
            suite.awaitCatalogReplica();
        } catch (RuntimeException | AssertionError e) {
            System.err.println("[system-tests] intake's catalog replica was not filled: " + e);
            printLogTails(options.layout().logsDir());
            suite.close();
            throw e;
        }
        return suite;
    }

    /**
     * Intake answers from its replica of the catalog, filled from the compacted catalog stream after start-up.
     * Until the replica holds the demo items, a submission is refused with {@code intake.item-not-published}.
     * Probing with an invalid resident ID writes nothing (every policy is checked, the request is refused).
     */
    private void awaitCatalogReplica() {
        for (String item : List.of(Submissions.FOOD_BIZ_LICENCE, Submissions.OUTDOOR_AD_PERMIT,
                Submissions.ELDERLY_ALLOWANCE, Submissions.BIZ_LICENCE_REG)) {
            Map<String, Object> probe = Submissions.of(item).idNumber(ResidentIds.withWrongCheck(ResidentIds.next())).body();
            await("intake: catalog replica holds " + item).atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        Reply reply = gateway.post(Gateway.CLERK, "/api/intake/v1/applications", probe);
                        assertThat(reply.status()).as("intake: %s", reply).isEqualTo(422);
                        assertThat(reply.problemFields()).as("intake: %s", reply).doesNotContain("itemCode");
                    });
        }
    }

    /** The last lines of every log of the stack (services, kafka, postgres), to stderr. */
    static void printLogTails(Path logsDir) {
        if (!Files.isDirectory(logsDir)) {
            System.err.println("----- no logs in " + logsDir + " -----");
            return;
        }
        try (Stream<Path> logs = Files.list(logsDir)) {
            logs.filter(p -> p.toString().endsWith(".log")).sorted().forEach(SuiteStack::printTail);
        } catch (IOException e) {
            System.err.println("----- cannot list " + logsDir + ": " + e + " -----");
        }
    }

    static void printTail(Path log) {
        List<String> tail = tail(log, TAIL_LINES);
        System.err.println("----- last " + tail.size() + " lines of " + log + " -----");
        tail.forEach(System.err::println);
    }

    /** The last lines of a file, reading at most its last 256 KB (a log can be large) and decoding leniently. */
    static List<String> tail(Path file, int lines) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int size = (int) Math.min(length, 256 * 1024);
            byte[] bytes = new byte[size];
            in.seek(length - size);
            in.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException | RuntimeException e) {
            return List.of("(cannot read " + file + ": " + e + ")");
        }
    }

    public RunningStack stack() {
        return stack;
    }

    public Gateway gateway() {
        return gateway;
    }

    /** The OTLP receiver every JVM of the stack exports its spans to. */
    public OtlpReceiver traces() {
        return traces;
    }

    @Override
    public void close() {
        try {
            stack.close();
        } finally {
            traces.close();
        }
    }
}
