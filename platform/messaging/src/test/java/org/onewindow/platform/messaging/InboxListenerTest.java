package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onewindow.platform.test.KafkaTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The listener driven poll by poll on the real database, with a clock the test moves, so transactions are counted,
 * not timed. A poll's records share one transaction; when it fails, each record gets its own, and the failing one
 * is reported with its index after the ones before it are stored. Records a group has no route for are skipped
 * without a transaction of their own while the partition's position was stored less than a second ago; the position
 * waits for the next stored record, a later skip, or an idle consumer.
 */
class InboxListenerTest extends MessagingIntegrationTest {

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
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final String group = "skips-" + UUID.randomUUID();
    private final TopicPartition partition = new TopicPartition("skips-" + UUID.randomUUID(), 0);
    private ConsumerOffsets offsets;
    private InboxListener listener;
    private TransactionTemplate counting;

    @BeforeEach
    void listener() {
        offsets = new ConsumerOffsets(group, jdbc, now::get);
        counting = new TransactionTemplate(transactionManager) {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                transactionsRun.incrementAndGet();
                return super.execute(action);
            }
        };
        listener = listener(Duration.ofMinutes(1));
    }

    private InboxListener listener(Duration transactionTimeLimit) {
        return new InboxListener(notes, jdbc, counting, json, ConsumerTracing.NONE, offsets, 50, transactionTimeLimit,
                stopping::get);
    }

    /** One poll. */
    @SafeVarargs
    private void poll(ConsumerRecord<String, byte[]>... records) {
        listener.onMessage(List.of(records), (Acknowledgment) null);
    }

    /** Within the time limit a poll takes one transaction; at a limit of zero, one per handled record. */
    @ParameterizedTest
    @CsvSource({"PT1M, 1", "PT0S, 3"})
    void a_poll_shares_transactions_up_to_the_time_limit_and_stores_its_last_position(Duration limit, int transactions) {
        String caseNumber = newCase("POLL");
        listener = listener(limit);

        poll(noted(0, caseNumber, 1), unknown(1, caseNumber), noted(2, caseNumber, 2), noted(3, caseNumber, 3));
        assertThat(transactionsRun).hasValue(transactions);
        assertThat(effects.sequences(caseNumber)).containsExactly(1, 2, 3);
        assertThat(storedPosition()).isEqualTo(4);
    }

    @Test
    void a_poll_holding_a_failing_record_stores_the_records_before_it_and_reports_its_index() {
        String caseNumber = newCase("POISON");
        ConsumerRecord<String, byte[]> failing = record(2, caseNumber, "org.onewindow.test.CaseNoted.v1",
                json.writeValueAsString(new CaseNoted(caseNumber, 3, "fail")));

        assertThatThrownBy(() -> poll(noted(0, caseNumber, 1), noted(1, caseNumber, 2), failing, noted(3, caseNumber, 4)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> {
                    assertThat(failed.getIndex()).isEqualTo(2);
                    assertThat(failed.getCause()).hasMessage("handler refused " + caseNumber);
                });
        // the poll's transaction rolled back whole, then the two records before the failing one in one more
        assertThat(transactionsRun).hasValue(2);
        assertThat(effects.attempts.get(caseNumber)).hasValue(3 + 2);
        assertThat(effects.sequences(caseNumber)).containsExactly(1, 2);
        assertThat(storedPosition()).isEqualTo(2);
    }

    @Test
    void a_poll_on_a_database_that_lost_commits_is_reported_at_its_first_record_for_a_seek_back() {
        String caseNumber = newCase("LOSS");
        poll(noted(0, caseNumber, 1));
        // PostgreSQL came back without that commit
        jdbc.sql("update consumer_offset set next_offset = 0 where consumer_group = ?").param(group).update();

        assertThatThrownBy(() -> poll(noted(1, caseNumber, 2), noted(2, caseNumber, 3)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> {
                    assertThat(failed.getIndex()).isZero();
                    assertThat(ConsumerOffsets.Rewind.in(failed)).isNotNull()
                            .satisfies(rewind -> assertThat(rewind.offset).isZero());
                });
        assertThat(effects.sequences(caseNumber)).containsExactly(1);
        assertThat(storedPosition()).isZero();
    }

    @Test
    void a_malformed_record_in_a_poll_is_reported_with_its_index_after_the_records_before_it() {
        String caseNumber = newCase("MALFORMED");
        ConsumerRecord<String, byte[]> malformed = new ConsumerRecord<>(partition.topic(), partition.partition(), 1,
                caseNumber, "{}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> poll(noted(0, caseNumber, 1), malformed, noted(2, caseNumber, 2)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> {
                    assertThat(failed.getIndex()).isEqualTo(1);
                    assertThat(failed.getCause()).isInstanceOf(MalformedEventException.class);
                });
        assertThat(effects.sequences(caseNumber)).containsExactly(1);
        assertThat(storedPosition()).isEqualTo(1);
    }

    @Test
    void a_stop_ends_the_poll_after_the_record_in_hand_and_acknowledges_up_to_it() {
        String caseNumber = newCase("STOP");
        List<Integer> acknowledged = new ArrayList<>();
        Acknowledgment acknowledgment = new Acknowledgment() {
            @Override
            public void acknowledge() {
                acknowledged.add(-1);
            }

            @Override
            public void acknowledge(int index) {
                acknowledged.add(index);
            }
        };
        stopping.set(true);

        listener.onMessage(List.of(noted(0, caseNumber, 1), noted(1, caseNumber, 2), noted(2, caseNumber, 3)),
                acknowledgment);
        assertThat(effects.sequences(caseNumber)).containsExactly(1);
        assertThat(storedPosition()).isEqualTo(1);
        assertThat(acknowledged).containsExactly(0);
    }

    @Test
    void a_record_delivered_twice_in_one_poll_is_handled_once() {
        String caseNumber = newCase("TWICE");
        ConsumerRecord<String, byte[]> first = noted(0, caseNumber, 1);
        ConsumerRecord<String, byte[]> again = new ConsumerRecord<>(partition.topic(), partition.partition(), 1,
                caseNumber, first.value());
        first.headers().forEach(header -> again.headers().add(header));

        poll(first, again);
        assertThat(transactionsRun).hasValue(1);
        assertThat(effects.sequences(caseNumber)).containsExactly(1);
        assertThat(storedPosition()).isEqualTo(2);
    }

    @Test
    void skips_soon_after_a_stored_position_take_no_transaction_and_wait_for_the_next_handled_record() {
        String caseNumber = newCase("WAIT");
        poll(noted(0, caseNumber, 1));
        assertThat(storedPosition()).isEqualTo(1);

        poll(unknown(1, caseNumber));
        poll(unknown(2, caseNumber));
        assertThat(transactionsRun).hasValue(1);
        assertThat(storedPosition()).isEqualTo(1);
        assertThat(offsets.unstored(List.of(partition))).extracting(ConsumerRecord::offset).containsExactly(2L);

        poll(noted(3, caseNumber, 2));
        assertThat(transactionsRun).hasValue(2);
        assertThat(storedPosition()).isEqualTo(4);
        assertThat(offsets.unstored(List.of(partition))).isEmpty();
        assertThat(effects.sequences(caseNumber)).containsExactly(1, 2);
    }

    @Test
    void a_skip_a_second_after_the_last_stored_position_is_stored_at_once() {
        String caseNumber = newCase("LATE");
        poll(noted(0, caseNumber, 1));
        poll(unknown(1, caseNumber));
        assertThat(storedPosition()).isEqualTo(1);

        now.addAndGet(ConsumerOffsets.SKIPPED_POSITION_DELAY.toNanos());
        poll(unknown(2, caseNumber));
        assertThat(transactionsRun).hasValue(2);
        assertThat(storedPosition()).isEqualTo(3);
        assertThat(offsets.unstored(List.of(partition))).isEmpty();
    }

    @Test
    void a_skip_on_a_partition_whose_position_this_consumer_does_not_know_is_stored_at_once() {
        poll(unknown(7, newCase("UNKNOWN")));
        assertThat(transactionsRun).hasValue(1);
        assertThat(storedPosition()).isEqualTo(8);
    }

    @Test
    void an_idle_consumer_stores_the_positions_that_waited() {
        String caseNumber = newCase("IDLE");
        poll(noted(0, caseNumber, 1));
        poll(unknown(1, caseNumber));
        poll(unknown(2, caseNumber));
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
        poll(noted(0, caseNumber, 1));
        poll(noted(1, caseNumber, 2));
        poll(unknown(2, caseNumber));
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
