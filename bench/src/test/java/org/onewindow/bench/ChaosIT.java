package org.onewindow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The short chaos run of CI, on a stack of its own: about 90 paced lifecycles while a service (intake), the broker
 * and PostgreSQL are killed with SIGKILL and restarted one after another. Nothing acknowledged may be lost, nothing
 * may happen twice, no dead letter, every outbox drained, every invariant holds. The long run is
 * {@code java -jar bench/target/bench.jar chaos} (docs/operations.md).
 */
class ChaosIT {

    @Test
    void killing_a_service_the_broker_and_postgres_loses_and_duplicates_nothing() {
        Path root = Path.of(System.getProperty("onewindow.project-root", "..")).toAbsolutePath().normalize();
        ChaosOptions options = new ChaosOptions(root,
                Path.of(System.getProperty("chaos.data-dir", root.resolve("bench/target/chaos-it-stack").toString())),
                Integer.getInteger("chaos.port-offset", 13000), 90, 1.5, 48, List.of("intake", "kafka", "postgres"), 1,
                Duration.ofSeconds(10), Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofMinutes(4),
                Duration.ofMinutes(3));

        Chaos.Result result = Chaos.run(options);
        System.out.println(result.summary());

        assertThat(result.recoveries()).as("every target was killed and came back")
                .extracting(Chaos.Recovery::process).containsExactly("intake", "kafka", "postgres");
        assertThat(result.completed()).as("lifecycles completed").isPositive();
        assertThat(result.lostAcknowledged()).as("acknowledged steps missing on the topics").isEmpty();
        assertThat(result.report().violations()).as("invariant violations").isEmpty();
        assertThat(result.lost()).as("lost").isZero();
        assertThat(result.duplicated()).as("duplicated").isZero();
        assertThat(result.deadLetters()).as("dead letters").isZero();
        assertThat(result.outboxPending()).as("outbox rows still pending").isZero();
    }
}
