package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onewindow.platform.test.KafkaTestSupport.awaitRecords;
import static org.onewindow.platform.test.KafkaTestSupport.header;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fault the outbox exists for: the broker acknowledged, then the relay died before marking the row
 * published. The next round publishes it again; the consumer's inbox applies it exactly once.
 */
class RelayFaultTest extends MessagingIntegrationTest {

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MessagingTestApplication.RelayFaults faults;

    @Test
    void event_acknowledged_but_not_marked_is_published_again_and_applied_once() {
        String caseNumber = newCase("FAULT");
        int injectedBefore = faults.injected.get();

        transactions.executeWithoutResult(status -> {
            cases.note(caseNumber, 1, "ok");
            Long outboxId = jdbc.sql("select id from outbox where ce_subject = ?").param(caseNumber).query(Long.class).single();
            faults.failOnce.add(outboxId); // armed before commit: the relay sees the row only after it
        });

        List<ConsumerRecord<String, String>> copies = awaitRecords(notesTopic(), caseNumber, 2, WAIT);
        assertThat(faults.injected.get()).isEqualTo(injectedBefore + 1);
        assertThat(copies).hasSize(2);
        assertThat(header(copies.get(0), "ce_id")).isEqualTo(header(copies.get(1), "ce_id"));
        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from outbox where ce_subject = ? and published_at is not null")
                .param(caseNumber).query(Integer.class).single() == 1);
        await().atMost(WAIT).until(() -> effects.count(caseNumber) == 1);
        // a later event of the case follows the duplicate on the same partition: once it is applied, the duplicate was seen
        cases.note(caseNumber, 2, "ok");
        await().atMost(WAIT).until(() -> effects.sequences(caseNumber).size() == 2);
        assertThat(effects.sequences(caseNumber)).containsExactly(1, 2);
    }
}
