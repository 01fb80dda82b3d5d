package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.onewindow.platform.test.KafkaTestSupport.awaitRecords;
import static org.onewindow.platform.test.KafkaTestSupport.header;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventLimits;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.test.KafkaTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

class OutboxPublishingTest extends MessagingIntegrationTest {

    @Autowired
    EventPublisher publisher;
    @Autowired
    MeterRegistry meters;

    @Test
    void committed_event_arrives_with_key_and_cloud_events_headers() {
        String caseNumber = newCase("PUB");

        cases.note(caseNumber, 7, "ok");

        List<ConsumerRecord<String, String>> records = awaitRecords(notesTopic(), caseNumber, 1, WAIT);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.getFirst();
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(UUID.fromString(header(record, "ce_id"))).isNotNull();
        assertThat(header(record, "ce_type")).isEqualTo("org.onewindow.test.CaseNoted.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/onewindow/messaging-test");
        assertThat(header(record, "ce_subject")).isEqualTo(caseNumber);
        assertThat(OffsetDateTime.parse(header(record, "ce_time"))).isBeforeOrEqualTo(OffsetDateTime.now());
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(record.value()).contains("\"caseNumber\":\"" + caseNumber + "\"").contains("\"sequence\":7");
        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from outbox where ce_subject = ? and published_at is not null")
                .param(caseNumber).query(Integer.class).single() == 1);
        await().atMost(WAIT).until(() -> meters.get("onewindow.outbox.unpublished").gauge().value() == 0);
    }

    @Test
    void rolled_back_transaction_publishes_nothing() {
        String rolledBack = newCase("RB");
        String after = newCase("AFTER");

        assertThatThrownBy(() -> cases.noteThenFail(rolledBack)).hasMessageContaining("on purpose");
        cases.note(after, 1, "ok");

        // the later event is on the topic, so the relay has passed the point where the rolled-back one would be
        List<ConsumerRecord<String, String>> all = KafkaTestSupport.readUntil(notesTopic(), WAIT,
                records -> records.stream().anyMatch(r -> after.equals(r.key())));
        assertThat(all).extracting(ConsumerRecord::key).contains(after).doesNotContain(rolledBack);
        assertThat(cases.cases(rolledBack)).isZero();
        assertThat(jdbc.sql("select count(*) from outbox where ce_subject = ?").param(rolledBack).query(Integer.class).single())
                .isZero();
    }

    @Test
    void an_event_above_the_limit_is_refused_as_a_rule_violation_and_nothing_is_written() {
        String caseNumber = newCase("HUGE");

        assertThatThrownBy(() -> cases.note(caseNumber, 1, "x".repeat(EventLimits.MAX_EVENT_BYTES)))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.first().field()).isEqualTo("event");
                    assertThat(violation.first().rule()).isEqualTo("event.too-large");
                    assertThat(violation.first().message())
                            .contains("CaseNoted")
                            .containsPattern("would be \\d+ bytes")
                            .contains("limit of " + EventLimits.MAX_EVENT_BYTES + " bytes");
                });

        // the state change of the same transaction rolled back with it
        assertThat(cases.cases(caseNumber)).isZero();
        assertThat(jdbc.sql("select count(*) from outbox where key = ?").param(caseNumber).query(Integer.class).single())
                .isZero();
    }

    @Test
    void an_event_just_under_the_limit_is_accepted_and_delivered() {
        String caseNumber = newCase("BIG");
        // payload, key and headers stay below the limit with a margin of a few hundred bytes
        String behaviour = "x".repeat(EventLimits.MAX_EVENT_BYTES - 1_000);

        cases.note(caseNumber, 1, behaviour);

        await().atMost(WAIT).until(() -> effects.count(caseNumber) == 1);
    }

    @Test
    void publishing_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> publisher.publish(new CaseNoted(newCase("NOTX"), 1, "ok")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("active transaction");
    }
}
