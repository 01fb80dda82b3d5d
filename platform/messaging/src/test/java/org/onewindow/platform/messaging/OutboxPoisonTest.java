package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onewindow.platform.test.KafkaTestSupport.awaitRecords;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.contracts.EventLimits;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.SharedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The poison test: one row that can never be published must not hold back the stream. It is parked with its
 * reason, the rows of other keys behind it are delivered, the later rows of its own key are held (and reported),
 * and an operator's replay (after raising the limit) or discard (with a recorded reason) lets them flow in order.
 */
@ExtendWith(OutputCaptureExtension.class)
class OutboxPoisonTest extends ParkingIntegrationTest {

    @Autowired
    MessagingProperties properties;

    @Test
    void too_large_row_is_parked_other_keys_flow_its_key_is_held_until_discarded(CapturedOutput output) {
        String poisoned = newCase("POISON");
        String other = newCase("OTHER");
        String another = newCase("ANOTHER");

        List<Long> ids = inOneTransaction(() -> List.of(
                insertNoted(notesTopic(), poisoned, 1, "x".repeat(TOO_LARGE)),
                insertNoted(notesTopic(), poisoned, 2, "ok"),
                insertNoted(notesTopic(), other, 1, "ok"),
                insertNoted(notesTopic(), another, 1, "ok"),
                insertNoted(notesTopic(), other, 2, "ok")));
        long parked = ids.get(0);

        // other keys behind the poison row are delivered
        await().atMost(WAIT).until(() -> effects.count(other) == 2 && effects.count(another) == 1);
        assertThat(effects.sequences(other)).containsExactly(1, 2);
        await().atMost(WAIT).until(() -> "parked".equals(state(parked)));
        // a later event of the same key, published normally, waits too
        cases.note(poisoned, 3, "ok");
        long third = jdbc.sql("select max(id) from outbox where key = ?").param(poisoned).query(Long.class).single();
        await().atMost(WAIT).until(() -> "held".equals(state(third)));
        assertThat(state(ids.get(1))).isEqualTo("held");
        assertThat(effects.count(poisoned)).isZero();

        // what ops see: endpoint, gauges, one ERROR line
        OutboxEndpoint.Report report = endpoint.report();
        assertThat(report.parked()).isEqualTo(1);
        assertThat(report.held()).isEqualTo(2);
        assertThat(report.pending()).isZero();
        OutboxOperations.ParkedRow row = report.parkedRows().getFirst();
        assertThat(row.id()).isEqualTo(parked);
        assertThat(row.key()).isEqualTo(poisoned);
        assertThat(row.topic()).isEqualTo(notesTopic());
        assertThat(row.type()).isEqualTo("org.onewindow.test.CaseNoted.v1");
        assertThat(row.size()).isGreaterThan(TOO_LARGE);
        assertThat(row.reason()).contains("bytes, above the limit of " + EventLimits.MAX_EVENT_BYTES);
        assertThat(row.parkedAt()).isNotNull();
        assertThat(row.heldCount()).isEqualTo(2);
        assertThat(row.held()).extracting(OutboxOperations.HeldRow::id).containsExactly(ids.get(1), third);
        assertThat(gauge("onewindow.outbox.parked")).isEqualTo(1);
        assertThat(gauge("onewindow.outbox.held")).isEqualTo(2);
        assertThat(output.getAll().split("\n")).filteredOn(line -> line.contains("Outbox row " + parked + " PARKED"))
                .singleElement().asString().contains("ERROR").contains(poisoned).contains("CaseNoted");

        var resolution = endpoint.resolve(parked, "discard", "department name of 1 MB; the admin shortened it",
                principal("alice"));

        assertThat(resolution.getStatus()).isEqualTo(200);
        await().atMost(WAIT).until(() -> effects.count(poisoned) == 2);
        assertThat(effects.sequences(poisoned)).containsExactly(2, 3);
        assertThat(state(parked)).isEqualTo("discarded");
        assertThat(jdbc.sql("select count(*) from outbox where id = ? and discarded_at is not null and published_at is null")
                .param(parked).query(Integer.class).single()).as("the discarded row is kept").isEqualTo(1);
        OutboxOperations.Resolution recorded = operations.resolutions(10).stream()
                .filter(r -> r.outboxId() == parked).findFirst().orElseThrow();
        assertThat(recorded.action()).isEqualTo("DISCARD");
        assertThat(recorded.reason()).isEqualTo("department name of 1 MB; the admin shortened it");
        assertThat(recorded.resolvedBy()).isEqualTo("alice");
        assertThat(recorded.parkedReason()).contains("above the limit");
        assertThat(recorded.key()).isEqualTo(poisoned);
        assertThat(recorded.resolvedAt()).isNotNull();
        await().atMost(WAIT).until(() -> gauge("onewindow.outbox.parked") == 0 && gauge("onewindow.outbox.held") == 0);
    }

    @Test
    void replay_after_raising_the_limit_delivers_the_parked_row_then_its_held_rows_in_order() {
        String poisoned = newCase("REPLAY");
        String other = newCase("FLOWS");
        // above the outbox limit, below the broker's: an operator can let it through by raising the relay's limit
        String large = "y".repeat(EventLimits.MAX_EVENT_BYTES + 10_000);

        List<Long> ids = inOneTransaction(() -> List.of(
                insertNoted(notesTopic(), poisoned, 1, large),
                insertNoted(notesTopic(), other, 1, "ok"),
                insertNoted(notesTopic(), poisoned, 2, "ok")));
        long parked = ids.get(0);

        await().atMost(WAIT).until(() -> "parked".equals(state(parked)) && effects.count(other) == 1);
        assertThat(state(ids.get(2))).isEqualTo("held");
        assertThat(endpoint.report().held()).isEqualTo(1);

        MessagingProperties.Relay relay = properties.getRelay();
        int limit = relay.getMaxRecordBytes();
        relay.setMaxRecordBytes(EventLimits.BROKER_RECORD_BYTES - 16_384);
        try {
            var resolution = endpoint.resolve(parked, "replay", null, SecurityContext.NONE);

            assertThat(resolution.getStatus()).isEqualTo(200);
            await().atMost(WAIT).until(() -> effects.count(poisoned) == 2);
        } finally {
            relay.setMaxRecordBytes(limit);
        }
        assertThat(effects.sequences(poisoned)).containsExactly(1, 2);
        assertThat(state(parked)).isEqualTo("published");
        assertThat(state(ids.get(2))).isEqualTo("published");
        OutboxOperations.Resolution recorded = operations.resolutions(10).stream()
                .filter(r -> r.outboxId() == parked).findFirst().orElseThrow();
        assertThat(recorded.action()).isEqualTo("REPLAY");
        assertThat(recorded.reason()).isNull();
        assertThat(recorded.resolvedBy()).isEqualTo("ops");
        assertThat(endpoint.report().parked()).isZero();
    }

    /**
     * The broker's limit is below the outbox's (a topic with a small max.message.bytes): the refusal only shows on
     * the acknowledgement. The row is parked all the same and its key held; after the topic's limit was raised, a
     * replay delivers it and then its successor.
     */
    @Test
    void refusal_on_acknowledgement_parks_the_row_and_holds_its_key_until_replayed() throws Exception {
        String topic = "outbox-small-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaTestSupport.createTopics(List.of(new NewTopic(topic, 1, (short) 1)
                .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "20000"))));
        String poisoned = newCase("REFUSED");
        String other = newCase("ACCEPTED");

        List<Long> ids = inOneTransaction(() -> List.of(
                insertNoted(topic, poisoned, 1, "z".repeat(30_000)),
                insertNoted(topic, poisoned, 2, "ok"),
                insertNoted(topic, other, 1, "ok")));
        long parked = ids.get(0);

        await().atMost(WAIT).until(() -> "parked".equals(state(parked)));
        assertThat(operations.parked(parked).orElseThrow().reason()).contains("RecordTooLargeException");
        awaitRecords(topic, other, 1, WAIT);
        await().atMost(WAIT).until(() -> "published".equals(state(ids.get(2))));
        // sent in the same round, maybe even acknowledged, but never marked: it waits behind the parked row
        assertThat(state(ids.get(1))).isEqualTo("held");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers()))) {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic),
                    List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "200000"),
                            AlterConfigOp.OpType.SET)))).all().get(30, TimeUnit.SECONDS);
        }
        assertThat(endpoint.resolve(parked, "replay", "topic limit raised to 200000", principal("bob")).getStatus())
                .isEqualTo(200);

        await().atMost(WAIT).until(() -> "published".equals(state(parked)) && "published".equals(state(ids.get(1))));
        // the last copy of each (an early copy of the successor may precede): the parked event before its successor
        List<ConsumerRecord<String, String>> read = KafkaTestSupport.readUntil(topic, WAIT,
                records -> inOrder(valuesOf(records, poisoned)));
        assertThat(inOrder(valuesOf(read, poisoned))).as("values of %s: %s", poisoned, valuesOf(read, poisoned)).isTrue();
    }

    private static List<String> valuesOf(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).map(ConsumerRecord::value).toList();
    }

    private static boolean inOrder(List<String> values) {
        int lastFirst = lastIndexOf(values, "\"sequence\":1,");
        return lastFirst >= 0 && lastIndexOf(values, "\"sequence\":2,") > lastFirst;
    }

    private static int lastIndexOf(List<String> values, String fragment) {
        for (int i = values.size() - 1; i >= 0; i--) {
            if (values.get(i).contains(fragment)) {
                return i;
            }
        }
        return -1;
    }
}
