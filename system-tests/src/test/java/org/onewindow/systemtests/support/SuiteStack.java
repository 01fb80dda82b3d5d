package org.onewindow.systemtests.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.onewindow.localstack.LocalStack;
import org.onewindow.localstack.LocalStackOptions;
import org.onewindow.localstack.RunningStack;

/**
 * The one stack of a system-test run: PostgreSQL, Kafka, the five services and the gateway with demo data, in a
 * fresh data directory under {@code target/stack} and on ports moved by an offset (default 20000, so a developer's
 * {@code ./run-local.sh} keeps running). Started by {@link StackExtension} before the first test class, closed
 * when the JUnit engine finishes.
 */
public final class SuiteStack implements AutoCloseable {

    private static final Duration READINESS = Duration.ofSeconds(300);

    private final RunningStack stack;
    private final Gateway gateway;

    private SuiteStack(RunningStack stack) {
        this.stack = stack;
        this.gateway = new Gateway(stack.gatewayUrl());
    }

    static SuiteStack start() {
        Path root = Path.of(System.getProperty("onewindow.project-root", "..")).toAbsolutePath().normalize();
        Path dataDir = Path.of(System.getProperty("onewindow.systemtests.data-dir",
                root.resolve("system-tests/target/stack").toString()));
        int offset = Integer.getInteger("onewindow.systemtests.port-offset", 20000);
        LocalStackOptions options = LocalStackOptions.defaults(root)
                .withDataDir(dataDir)
                .withWipe(true)
                .withPortOffset(offset)
                .withDemoData(true)
                .withServiceJvmOptions(List.copyOf(LocalStackOptions.DEFAULT_SERVICE_JVM_OPTIONS))
                .withReadinessTimeout(READINESS);
        long started = System.nanoTime();
        RunningStack running = LocalStack.start(options);
        System.out.printf("[system-tests] stack ready in %d s at %s (data in %s)%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), running.gatewayUrl(), dataDir);
        SuiteStack suite = new SuiteStack(running);
        try {
            suite.awaitCatalogReplica();
        } catch (RuntimeException | AssertionError e) {
            running.close();
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
            await("intake: catalog replica holds " + item).atMost(READINESS).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        Reply reply = gateway.post(Gateway.CLERK, "/api/intake/v1/applications", probe);
                        assertThat(reply.status()).as("intake: %s", reply).isEqualTo(422);
                        assertThat(reply.problemFields()).as("intake: %s", reply).doesNotContain("itemCode");
                    });
        }
    }

    public RunningStack stack() {
        return stack;
    }

    public Gateway gateway() {
        return gateway;
    }

    @Override
    public void close() {
        stack.close();
    }
}
