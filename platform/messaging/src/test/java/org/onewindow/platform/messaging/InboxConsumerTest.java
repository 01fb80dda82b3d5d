package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onewindow.platform.test.KafkaTestSupport.awaitRecords;
import static org.onewindow.platform.test.KafkaTestSupport.header;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.KafkaTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.support.KafkaHeaders;

class InboxConsumerTest extends MessagingIntegrationTest {

    @Autowired
    MeterRegistry meters;

    private static Map<String, String> headers(String id, String type, String subject) {
        return KafkaTestSupport.cloudEventHeaders(id, type, "/onewindow/test", subject);
    }

    private static String noted(String caseNumber, int sequence) {
        return "{\"caseNumber\":\"" + caseNumber + "\",\"sequence\":" + sequence + ",\"behaviour\":\"ok\"}";
    }

    private static final String NOTED = "org.onewindow.test.CaseNoted.v1";

    @Test
    void redelivered_event_has_no_second_effect() {
        String caseNumber = newCase("REDELIVER");
        String id = UUID.randomUUID().toString();

        KafkaTestSupport.send(notesTopic(), caseNumber, headers(id, NOTED, caseNumber), noted(caseNumber, 1));
        KafkaTestSupport.send(notesTopic(), caseNumber, headers(id, NOTED, caseNumber), noted(caseNumber, 1));
        KafkaTestSupport.send(notesTopic(), caseNumber, headers(UUID.randomUUID().toString(), NOTED, caseNumber), noted(caseNumber, 2));

        await().atMost(WAIT).until(() -> effects.sequences(caseNumber).contains(2));
        assertThat(effects.sequences(caseNumber)).containsExactly(1, 2);
        assertThat(jdbc.sql("select count(*) from inbox where consumer_group = 'notes' and event_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void malformed_records_go_to_the_dead_letter_topic_and_the_partition_keeps_moving() {
        String caseNumber = newCase("MALFORMED");
        String noId = UUID.randomUUID().toString();
        String badJson = UUID.randomUUID().toString();
        Map<String, String> missingId = headers(noId, NOTED, caseNumber);
        missingId.remove("ce_id");
        missingId.put("marker", noId);

        KafkaTestSupport.send(notesTopic(), caseNumber, missingId, noted(caseNumber, 1));
        KafkaTestSupport.send(notesTopic(), caseNumber, headers(badJson, NOTED, caseNumber), "{\"caseNumber\": [not json");
        KafkaTestSupport.send(notesTopic(), caseNumber, headers(UUID.randomUUID().toString(), "org.onewindow.test.Unknown.v9", caseNumber), "{}");
        KafkaTestSupport.send(notesTopic(), caseNumber, headers(UUID.randomUUID().toString(), NOTED, caseNumber), noted(caseNumber, 4));

        await().atMost(WAIT).until(() -> effects.sequences(caseNumber).equals(List.of(4)));
        List<ConsumerRecord<String, String>> dead = awaitRecords(topics.deadLetterTopic("notes"), caseNumber, 2, WAIT);
        assertThat(dead).hasSize(2);
        assertThat(dead).extracting(r -> header(r, "marker")).contains(noId);
        assertThat(dead).extracting(r -> header(r, "ce_id")).contains(badJson);
        assertThat(dead).allSatisfy(r -> {
            assertThat(header(r, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(notesTopic());
            assertThat(header(r, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isNotBlank();
        });
        // malformed records are not retried: the handler never saw them
        assertThat(effects.attempts.get(caseNumber).get()).isEqualTo(1);
    }

    @Test
    void failing_handler_is_retried_bounded_then_dead_lettered() {
        String caseNumber = newCase("FAILING");
        double deadLettersBefore = meters.get("onewindow.dlt.records").tag("group", "notes").counter().count();

        cases.note(caseNumber, 1, "fail");
        cases.note(caseNumber, 2, "ok");

        await().atMost(WAIT).until(() -> effects.sequences(caseNumber).equals(List.of(2)));
        assertThat(effects.attempts.get(caseNumber).get()).isEqualTo(1 + 3); // three for the failing event, one for the next
        List<ConsumerRecord<String, String>> dead = awaitRecords(topics.deadLetterTopic("notes"), caseNumber, 1, WAIT);
        assertThat(dead).hasSize(1);
        assertThat(header(dead.getFirst(), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("handler refused " + caseNumber);
        assertThat(header(dead.getFirst(), "ce_type")).isEqualTo(NOTED);
        assertThat(meters.get("onewindow.dlt.records").tag("group", "notes").counter().count())
                .isGreaterThanOrEqualTo(deadLettersBefore + 1);
    }

    @Test
    void events_of_one_key_arrive_and_apply_in_publication_order() {
        String caseNumber = newCase("ORDER");

        IntStream.range(0, 50).forEach(i -> cases.note(caseNumber, i, "ok"));

        await().atMost(WAIT).until(() -> effects.sequences(caseNumber).size() == 50);
        assertThat(effects.sequences(caseNumber)).containsExactlyElementsOf(IntStream.range(0, 50).boxed().toList());
        List<Integer> onTopic = awaitRecords(notesTopic(), caseNumber, 50, WAIT).stream()
                .map(r -> Integer.valueOf(r.value().replaceAll(".*\"sequence\":(\\d+).*", "$1")))
                .distinct().toList();
        assertThat(onTopic).containsExactlyElementsOf(IntStream.range(0, 50).boxed().toList());
    }
}
