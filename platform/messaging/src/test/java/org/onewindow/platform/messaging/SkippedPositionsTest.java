package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.KafkaTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records a group has no route for are skipped without a transaction of their own while the partition's position
 * was stored less than a second ago; the position waits for the next stored record, a later skip, or an idle
 * consumer. Driven record by record on the real database with a clock the test moves, so "no transaction" is
 * counted, not timed.
 */
class SkippedPositionsTest extends MessagingIntegrationTest {

    private static final String UNKNOWN = "org.onewindow.test.Unknown.v9";

    @Autowired
    @Qualifier("notesSubscription")
    EventSubscription notes;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JsonMapper json;

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger transactionsRun = new AtomicInteger();
    private final String group = "skips-" + UUID.randomUUID();
    private final TopicPartition partition = new TopicPartition("skips-" + UUID.randomUUID(), 0);
    private ConsumerOffsets offsets;
    private InboxListener listener;

    @BeforeEach
    void listener() {
        offsets = new ConsumerOffsets(group, jdbc, now::get);
        TransactionTemplate counting = new TransactionTemplate(transactionManager) {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                transactionsRun.incrementAndGet();
                return super.execute(action);
            }
        };
        listener = new InboxListener(notes, jdbc, counting, json, ConsumerTracing.NONE, offsets);
    }

    @Test
    void skips_soon_after_a_stored_position_take_no_transaction_and_wait_for_the_next_handled_record() {
        String caseNumber = newCase("WAIT");
        listener.onMessage(noted(0, caseNumber, 1));
        assertThat(storedPosition()).isEqualTo(1);

        listener.onMessage(unknown(1, caseNumber));
        listener.onMessage(unknown(2, caseNumber));
        assertThat(transactionsRun).hasValue(1);
        assertThat(storedPosition()).isEqualTo(1);
        assertThat(offsets.unstored(List.of(partition))).extracting(ConsumerRecord::offset).containsExactly(2L);

        listener.onMessage(noted(3, caseNumber, 2));
        assertThat(transactionsRun).hasValue(2);
        assertThat(storedPosition()).isEqualTo(4);
        assertThat(offsets.unstored(List.of(partition))).isEmpty();
        assertThat(effects.sequences(caseNumber)).containsExactly(1, 2);
    }

    @Test
    void a_skip_a_second_after_the_last_stored_position_is_stored_at_once() {
        String caseNumber = newCase("LATE");
        listener.onMessage(noted(0, caseNumber, 1));
        listener.onMessage(unknown(1, caseNumber));
        assertThat(storedPosition()).isEqualTo(1);

        now.addAndGet(ConsumerOffsets.SKIPPED_POSITION_DELAY.toNanos());
        listener.onMessage(unknown(2, caseNumber));
        assertThat(transactionsRun).hasValue(2);
        assertThat(storedPosition()).isEqualTo(3);
        assertThat(offsets.unstored(List.of(partition))).isEmpty();
    }

    @Test
    void a_skip_on_a_partition_whose_position_this_consumer_does_not_know_is_stored_at_once() {
        listener.onMessage(unknown(7, newCase("UNKNOWN")));
        assertThat(transactionsRun).hasValue(1);
        assertThat(storedPosition()).isEqualTo(8);
    }

    @Test
    void an_idle_consumer_stores_the_positions_that_waited() {
        String caseNumber = newCase("IDLE");
        listener.onMessage(noted(0, caseNumber, 1));
        listener.onMessage(unknown(1, caseNumber));
        listener.onMessage(unknown(2, caseNumber));
        List<String> seeks = new ArrayList<>();

        listener.storeWaitingPositions(List.of(partition), (p, offset) -> seeks.add(p + "@" + offset));
        assertThat(storedPosition()).isEqualTo(3);
        assertThat(offsets.unstored(List.of(partition))).isEmpty();
        assertThat(seeks).isEmpty();

        listener.storeWaitingPositions(List.of(partition), (p, offset) -> seeks.add(p + "@" + offset));
        assertThat(transactionsRun).hasValue(2);
    }

    @Test
    void an_idle_consumer_whose_database_lost_commits_seeks_back_instead_of_storing_past_them() {
        String caseNumber = newCase("LOST");
        listener.onMessage(noted(0, caseNumber, 1));
        listener.onMessage(noted(1, caseNumber, 2));
        listener.onMessage(unknown(2, caseNumber));
        // PostgreSQL came back without the second record's commit
        jdbc.sql("update consumer_offset set next_offset = 1 where consumer_group = ?").param(group).update();
        List<String> seeks = new ArrayList<>();

        listener.storeWaitingPositions(List.of(partition), (p, offset) -> seeks.add(p + "@" + offset));
        assertThat(seeks).containsExactly(partition.topic() + "-0@1");
        assertThat(storedPosition()).isEqualTo(1);
        assertThat(offsets.unstored(List.of(partition))).isEmpty();
    }

    private long storedPosition() {
        return jdbc.sql("select next_offset from consumer_offset where consumer_group = ? and topic = ?")
                .params(group, partition.topic()).query(Long.class).optional().orElse(-1L);
    }

    private ConsumerRecord<String, byte[]> noted(long offset, String caseNumber, int sequence) {
        return record(offset, caseNumber, "org.onewindow.test.CaseNoted.v1",
                json.writeValueAsString(new CaseNoted(caseNumber, sequence, "ok")));
    }

    private ConsumerRecord<String, byte[]> unknown(long offset, String caseNumber) {
        return record(offset, caseNumber, UNKNOWN, "{}");
    }

    private ConsumerRecord<String, byte[]> record(long offset, String caseNumber, String type, String value) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(partition.topic(), partition.partition(), offset,
                caseNumber, value.getBytes(StandardCharsets.UTF_8));
        KafkaTestSupport.cloudEventHeaders(UUID.randomUUID().toString(), type, "/onewindow/test", caseNumber)
                .forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
