package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onewindow.platform.test.KafkaTestSupport.awaitRecords;
import static org.onewindow.platform.test.KafkaTestSupport.header;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.SharedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Offsets live in the database with the effects. When the database loses recent commits (a restore, an
 * asynchronous failover, no fsync) while Kafka's committed offsets stayed ahead, the consumer goes back to what
 * the database holds: the lost effects are redone, each exactly once.
 */
class ConsumerOffsetsTest extends MessagingIntegrationTest {

    private static final String NOTED = "org.onewindow.test.CaseNoted.v1";

    @Autowired
    SubscriptionContainers containers;

    @Test
    void after_a_restore_the_restarted_consumer_redelivers_what_the_database_lost() {
        String caseNumber = newCase("RESTORE");
        List<ConsumerRecord<String, String>> records = notedAndStored(caseNumber, 5);
        int partition = records.getFirst().partition();
        long third = records.get(2).offset();

        containers.stop();
        try {
            // the database as a dump taken after the second event has it; Kafka's offsets stay where they are
            loseFrom(caseNumber, records.subList(2, 5), partition, third);
            assertThat(effects.sequences(caseNumber)).containsExactly(1, 2);
        } finally {
            containers.start();
        }

        await().atMost(WAIT).until(() -> effects.sequences(caseNumber).size() == 5);
        assertThat(effects.sequences(caseNumber)).containsExactly(1, 2, 3, 4, 5);
        assertThat(distinctEffects(caseNumber)).isEqualTo(5);
        assertThat(stored(partition)).isGreaterThan(records.get(4).offset());
    }

    @Test
    void a_running_consumer_notices_the_loss_at_the_next_record_and_goes_back() {
        String caseNumber = newCase("LOSS");
        List<ConsumerRecord<String, String>> records = notedAndStored(caseNumber, 3);
        int partition = records.getFirst().partition();

        // PostgreSQL restarted without the last two commits; the consumer kept running
        loseFrom(caseNumber, records.subList(1, 3), partition, records.get(1).offset());
        cases.note(caseNumber, 4, "ok");

        await().atMost(WAIT).until(() -> effects.sequences(caseNumber).size() == 4);
        assertThat(effects.sequences(caseNumber)).containsExactly(1, 2, 3, 4);
        assertThat(distinctEffects(caseNumber)).isEqualTo(4);
    }

    @Test
    void gaps_in_the_log_are_not_mistaken_for_a_loss() {
        // each transaction leaves a commit marker: the offsets after it are not consecutive records
        String caseNumber = newCase("GAPS");
        sendInTransactions(caseNumber, 1, 2);
        cases.note(caseNumber, 3, "ok");

        await().atMost(WAIT).until(() -> effects.sequences(caseNumber).size() == 3);
        List<ConsumerRecord<String, String>> records = awaitRecords(notesTopic(), caseNumber, 3, WAIT);
        assertThat(records.get(1).offset() - records.get(0).offset()).as("a marker between").isGreaterThan(1);
        await().atMost(WAIT).until(() -> stored(records.getFirst().partition()) == records.get(2).offset() + 1);
        assertThat(effects.sequences(caseNumber)).containsExactly(1, 2, 3);
    }

    @Test
    void skipped_and_dead_lettered_records_advance_the_stored_offset_too() {
        String caseNumber = newCase("SKIPPED");
        KafkaTestSupport.send(notesTopic(), caseNumber, KafkaTestSupport.cloudEventHeaders(UUID.randomUUID().toString(),
                "org.onewindow.test.Unknown.v9", "/onewindow/test", caseNumber), "{}");
        List<ConsumerRecord<String, String>> skipped = awaitRecords(notesTopic(), caseNumber, 1, WAIT);
        int partition = skipped.getFirst().partition();
        await().atMost(WAIT).until(() -> stored(partition) == skipped.getFirst().offset() + 1);

        KafkaTestSupport.send(notesTopic(), caseNumber, KafkaTestSupport.cloudEventHeaders(UUID.randomUUID().toString(),
                NOTED, "/onewindow/test", caseNumber), "{\"caseNumber\": [not json");
        List<ConsumerRecord<String, String>> both = awaitRecords(notesTopic(), caseNumber, 2, WAIT);
        await().atMost(WAIT).until(() -> stored(partition) == both.get(1).offset() + 1);
        assertThat(jdbc.sql("select kafka_offset from dead_letter where consumer_group = 'notes' and record_key = ?")
                .param(caseNumber).query(Long.class).single()).isEqualTo(both.get(1).offset());
    }

    /** Notes 1..count on the case and waits until each took effect and the stored offset is past the last one. */
    private List<ConsumerRecord<String, String>> notedAndStored(String caseNumber, int count) {
        IntStream.rangeClosed(1, count).forEach(i -> cases.note(caseNumber, i, "ok"));
        await().atMost(WAIT).until(() -> effects.sequences(caseNumber).size() == count);
        List<ConsumerRecord<String, String>> records = awaitRecords(notesTopic(), caseNumber, count, WAIT);
        await().atMost(WAIT).until(() -> stored(records.getFirst().partition()) > records.getLast().offset());
        return records;
    }

    /** Deletes what the database would not have (effects, inbox rows) and puts the stored offset back. */
    private void loseFrom(String caseNumber, List<ConsumerRecord<String, String>> lost, int partition, long offset) {
        for (ConsumerRecord<String, String> record : lost) {
            jdbc.sql("delete from effects where case_number = ? and event_id = ?")
                    .params(caseNumber, header(record, "ce_id")).update();
            jdbc.sql("delete from inbox where consumer_group = 'notes' and event_id = ?")
                    .param(header(record, "ce_id")).update();
        }
        jdbc.sql("update consumer_offset set next_offset = ? where consumer_group = 'notes' and topic = ? and kafka_partition = ?")
                .params(offset, notesTopic(), partition).update();
    }

    private long stored(int partition) {
        return stored("notes", partition);
    }

    private int distinctEffects(String caseNumber) {
        return jdbc.sql("select count(distinct event_id) from effects where case_number = ?").param(caseNumber)
                .query(Integer.class).single();
    }

    private void sendInTransactions(String caseNumber, int... sequences) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "offsets-test-" + UUID.randomUUID(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.initTransactions();
            for (int sequence : sequences) {
                producer.beginTransaction();
                ProducerRecord<String, String> record = new ProducerRecord<>(notesTopic(), caseNumber,
                        "{\"caseNumber\":\"" + caseNumber + "\",\"sequence\":" + sequence + ",\"behaviour\":\"ok\"}");
                KafkaTestSupport.cloudEventHeaders(UUID.randomUUID().toString(), NOTED, "/onewindow/test", caseNumber)
                        .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
                producer.commitTransaction();
            }
        }
    }
}
