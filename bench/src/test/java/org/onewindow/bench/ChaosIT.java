package org.onewindow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.localstack.ServiceInstances;

/**
 * The chaos run of CI, on a stack of its own with two instances of every service (ports 16500 above the documented
 * ones): about 120 paced lifecycles through the gateway while, one after another, the outbox relay leader of each of
 * the six services is killed with SIGKILL (all at once) and restarted, then the broker, then PostgreSQL. Nothing
 * acknowledged may be lost or doubled (the suite's invariant checker and the topics), no dead letter, every outbox
 * drained; the relay leadership moves to the surviving instance, the consumer groups drop the dead members and take
 * the restarted ones back, and review's deadline-warning scan, which runs on both instances (every 5 s here, with
 * every step due the day it opens), raises each warning once, as every other scheduled job raises each of its effects
 * once ({@link ScheduledEffects}). One stack serves every fault: each stack start is 13 JVMs on two cores, the larger
 * part of the test's time. docs/operations.md, "The two-instance kill test"; the long run is
 * {@code java -jar bench/target/bench.jar chaos}.
 */
class ChaosIT {

    @Test
    void killing_relay_leaders_the_broker_and_postgres_moves_leadership_and_loses_and_doubles_nothing() {
        Path root = Path.of(System.getProperty("onewindow.project-root", "..")).toAbsolutePath().normalize();
        ChaosOptions options = new ChaosOptions(root,
                Path.of(System.getProperty("chaos.data-dir", root.resolve("bench/target/chaos-it-stack").toString())),
                Integer.getInteger("chaos.port-offset", 16500), 120, 1.5, 48,
                List.of(ChaosOptions.LEADERS, "kafka", "postgres"), 1,
                Duration.ofSeconds(15), Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofMinutes(4),
                Duration.ofMinutes(3), ServiceInstances.each(2),
                List.of("-Donewindow.review.steps.working-days=0", "-Donewindow.review.warnings.scan-interval=PT5S"));

        Chaos.Result result = Chaos.run(options);
        System.out.println(result.summary());

        assertThat(result.recoveries()).as("every target was killed and came back")
                .extracting(Chaos.Recovery::process).containsExactly(ChaosOptions.LEADERS, "kafka", "postgres");
        assertThat(result.takeovers()).as("one takeover per service")
                .extracting(InstanceWatch.Takeover::service)
                .containsExactlyInAnyOrder("catalog", "intake", "review", "supervision", "rating", "monitor");
        assertThat(result.takeovers()).as("the relay lock moved to the surviving instance")
                .allSatisfy(t -> assertThat(t.moved()).as(t.toString()).isTrue());
        assertThat(result.takeovers()).as("consumer groups dropped the killed members and took the restarted ones back")
                .filteredOn(t -> !t.groups().isEmpty())
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.rebalanced()).as(t.toString()).isTrue());
        assertThat(result.completed()).as("lifecycles completed").isPositive();
        assertThat(result.scheduled().count("DeadlineWarning")).as("the deadline-warning scan ran during the load: "
                + result.scheduled().raised()).isPositive();
        assertThat(result.scheduled().count("LicenceIssued")).as("the licence job ran during the load").isPositive();
        assertThat(result.scheduled().doubled())
                .as("an effect of a scheduled job (warning, escalation, licence, overdue step) raised by both instances")
                .isEmpty();
        assertThat(result.lostAcknowledged()).as("acknowledged steps missing on the topics").isEmpty();
        assertThat(result.report().violations()).as("invariant violations").isEmpty();
        assertThat(result.lost()).as("lost").isZero();
        assertThat(result.duplicated()).as("duplicated").isZero();
        assertThat(result.deadLetters()).as("dead letters").isZero();
        assertThat(result.outboxPending()).as("outbox rows still pending").isZero();
    }
}
