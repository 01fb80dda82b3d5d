package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onewindow.platform.test.KafkaTestSupport.awaitRecords;
import static org.onewindow.platform.test.KafkaTestSupport.header;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.support.KafkaHeaders;

/** A failure retrying cannot fix is dead-lettered at once and blocks its case; an outage is waited out. */
class PoisonAndTransientTest extends MessagingIntegrationTest {

    @Autowired
    BlockedEvents blockedEvents;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "conflict, StateConflict",
            "nul,      invalid byte sequence"})
    void poisonIsDeadLetteredAtOnceAndBlocksItsCase(String behaviour, String reason) {
        String caseNumber = newCase("POISON");
        String other = newCase("HEALTHY");

        cases.note(caseNumber, 1, behaviour);
        cases.note(other, 1, "ok");

        List<ConsumerRecord<String, String>> dead = awaitRecords(topics.deadLetterTopic("notes"), caseNumber, 1, WAIT);
        assertThat(header(dead.getFirst(), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isNotBlank();
        await().atMost(WAIT).until(() -> !blockedEvents.blocking(caseNumber).isEmpty());
        // not retried: one delivery only
        assertThat(effects.attempts.get(caseNumber).get()).isEqualTo(1);
        assertThat(effects.count(caseNumber)).isZero();
        var blocked = blockedEvents.blocking(caseNumber);
        assertThat(blocked).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("org.onewindow.test.CaseNoted.v1");
            assertThat(event.eventId()).isEqualTo(header(dead.getFirst(), "ce_id"));
            assertThat(event.reason()).contains(reason);
            assertThat(event.since()).isNotNull();
        });
        await().atMost(WAIT).until(() -> effects.count(other) == 1);
        assertThat(blockedEvents.blocking(other)).isEmpty();
    }

    @Test
    void a_transient_failure_is_retried_without_limit_and_never_dead_lettered() {
        String caseNumber = newCase("OUTAGE");
        effects.down.add(caseNumber);

        cases.note(caseNumber, 1, "ok");

        // far more deliveries than consumer.attempts (3) allows an unknown failure
        await().atMost(WAIT).until(() -> attempts(caseNumber) >= 8);
        assertThat(deadLetterRows(caseNumber)).isZero();
        assertThat(blockedEvents.blocking(caseNumber)).isEmpty();
        assertThat(effects.count(caseNumber)).isZero();

        effects.down.remove(caseNumber);

        await().atMost(WAIT).until(() -> effects.count(caseNumber) == 1);
        assertThat(deadLetterRows(caseNumber)).isZero();
        assertThat(effects.sequences(caseNumber)).containsExactly(1);
    }

    private int attempts(String caseNumber) {
        AtomicInteger attempts = effects.attempts.get(caseNumber);
        return attempts == null ? 0 : attempts.get();
    }

    private int deadLetterRows(String caseNumber) {
        return jdbc.sql("select count(*) from dead_letter where record_key = ?").param(caseNumber)
                .query(Integer.class).single();
    }
}
