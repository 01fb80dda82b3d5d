package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onewindow.platform.test.KafkaTestSupport.awaitRecords;
import static org.onewindow.platform.test.KafkaTestSupport.header;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The other fault of the outbox: the broker is gone while the relay publishes, so its sends fail. Nothing
 * unacknowledged may be marked published (or the event would be lost), and a healthy relay later delivers
 * every event, in order, each applied once.
 */
@ExtendWith(OutputCaptureExtension.class)
class RelayBrokerLossTest extends MessagingIntegrationTest {

    @Autowired
    OutboxRelay relay;
    @Autowired
    DataSource dataSource;

    @Test
    void failed_sends_leave_the_rows_unpublished_until_a_healthy_relay_delivers_them_in_order() {
        String caseNumber = newCase("LOST");
        // the context's relay would publish the rows first: it pauses while the relay without broker has its round
        relay.stop();
        try {
            cases.note(caseNumber, 1, "ok");
            cases.note(caseNumber, 2, "ok");
            cases.note(caseNumber, 3, "ok");

            // its first send fails (no metadata within max.block.ms); the round ends there without throwing
            OutboxRelay.Round round = relayWithoutBroker(OutboxRelay::publishBatch);

            assertThat(round.read()).isGreaterThanOrEqualTo(3);
            assertThat(round.published()).isZero();
            // an unreachable broker is transient: retried with backoff, never a reason to park
            assertThat(round.transientFailure()).isNotNull();
            assertThat(round.transientFailure().permanent()).isFalse();
            assertThat(round.parked()).isZero();
            assertThat(parked(caseNumber)).as("rows parked because the broker was away").isZero();
            assertThat(published(caseNumber)).as("rows marked published without an acknowledgement").isZero();
            assertThat(unpublished(caseNumber)).isEqualTo(3);
            assertThat(effects.count(caseNumber)).isZero();
        } finally {
            relay.start();
        }

        await().atMost(WAIT).until(() -> published(caseNumber) == 3);
        await().atMost(WAIT).until(() -> effects.count(caseNumber) == 3);
        assertThat(parked(caseNumber)).isZero();
        assertThat(effects.sequences(caseNumber)).containsExactly(1, 2, 3);
        assertThat(jdbc.sql("select count(distinct event_id) from effects where case_number = ?")
                .param(caseNumber).query(Integer.class).single()).isEqualTo(3);
        // the failed round never reached a broker: the healthy relay sent each event once, in outbox order
        List<ConsumerRecord<String, String>> records = awaitRecords(notesTopic(), caseNumber, 3, WAIT);
        assertThat(records).hasSize(3);
        assertThat(records).extracting(r -> header(r, "ce_id")).doesNotHaveDuplicates();
        assertThat(records).extracting(ConsumerRecord::value)
                .allSatisfy(value -> assertThat(value).contains(caseNumber))
                .satisfies(values -> {
                    assertThat(values.get(0)).contains("\"sequence\":1");
                    assertThat(values.get(1)).contains("\"sequence\":2");
                    assertThat(values.get(2)).contains("\"sequence\":3");
                });
    }

    /**
     * A relay that cannot reach its broker for several rounds backs off, logs the outage once (not once per round),
     * parks nothing, and its rows are delivered once a relay can publish again.
     */
    @Test
    void a_lasting_outage_is_logged_once_retried_with_backoff_and_parks_nothing(CapturedOutput output) {
        String caseNumber = newCase("OUTAGE");
        relay.stop();
        try {
            cases.note(caseNumber, 1, "ok");
            relayWithoutBroker(broken -> {
                broken.start();
                try {
                    await().atMost(WAIT).until(() -> broken.outage() != null && broken.outage().rounds() >= 4);
                } finally {
                    broken.stop();
                }
                return null;
            });
            assertThat(output.getAll().lines().filter(line -> line.contains("Outbox relay cannot publish")))
                    .as("outage warnings").hasSize(1);
            assertThat(parked(caseNumber)).isZero();
            assertThat(published(caseNumber)).isZero();
        } finally {
            relay.start();
        }
        await().atMost(WAIT).until(() -> effects.count(caseNumber) == 1);
        assertThat(parked(caseNumber)).isZero();
    }

    /** Runs the action with a second relay on the same outbox whose producer points at a port nobody listens on. */
    private <T> T relayWithoutBroker(Function<OutboxRelay, T> action) {
        DefaultKafkaProducerFactory<String, byte[]> unreachable = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 500,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 500,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 1_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        unreachable.setPhysicalCloseTimeout(1);
        MessagingProperties.Relay settings = new MessagingProperties.Relay();
        settings.setSendTimeout(Duration.ofSeconds(5));
        settings.setBackoffInitial(Duration.ofMillis(50));
        settings.setBackoffMax(Duration.ofMillis(200));
        try {
            KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(unreachable);
            template.setProducerListener(null); // as MessagingKafka.relayTemplate()
            return action.apply(new OutboxRelay(dataSource, template, settings,
                    "/onewindow/broken-relay", RelayHook.NONE, SubjectsChangedElsewhere.NONE));
        } finally {
            unreachable.destroy();
        }
    }

    private int published(String caseNumber) {
        return jdbc.sql("select count(*) from outbox where ce_subject = ? and published_at is not null")
                .param(caseNumber).query(Integer.class).single();
    }

    private int parked(String caseNumber) {
        return jdbc.sql("select count(*) from outbox where ce_subject = ? and parked_at is not null")
                .param(caseNumber).query(Integer.class).single();
    }

    private int unpublished(String caseNumber) {
        return jdbc.sql("select count(*) from outbox where ce_subject = ? and published_at is null")
                .param(caseNumber).query(Integer.class).single();
    }
}
