package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onewindow.platform.test.KafkaTestSupport.awaitRecords;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stopping a service's consumers: the record in hand is finished and its offset stored (database and Kafka), the
 * rest waits for the next start; a consumer waiting out a transient failure stops at once, dead-letters nothing.
 * Each test runs its own containers, for a group of its own, next to the context's.
 */
class GracefulStopTest extends MessagingIntegrationTest {

    @Autowired
    MessagingKafka kafka;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JsonMapper json;

    @Test
    void a_consumer_waiting_out_a_transient_failure_stops_promptly_and_handles_the_record_after_restart() {
        String group = "stop-" + UUID.randomUUID().toString().substring(0, 8);
        String caseNumber = newCase("STUCK");
        AtomicBoolean databaseDown = new AtomicBoolean(true);
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger handled = new AtomicInteger();
        EventSubscription subscription = EventSubscription.forGroup(group).on(CaseNoted.class, (event, meta) -> {
            if (event.caseNumber().equals(caseNumber)) {
                attempts.incrementAndGet();
                if (databaseDown.get()) {
                    throw new CannotGetJdbcConnectionException("database unreachable (test)");
                }
                handled.incrementAndGet();
            }
        }).build();
        MessagingProperties properties = new MessagingProperties();
        properties.getConsumer().setTransientBackoff(Duration.ofSeconds(60));
        properties.getConsumer().setTransientMaxBackoff(Duration.ofSeconds(60));
        SubscriptionContainers containers = containers(subscription, properties);
        containers.start();
        cases.note(caseNumber, 1, "ok");
        ConsumerRecord<String, String> record = awaitRecords(notesTopic(), caseNumber, 1, WAIT).getFirst();
        await().atMost(WAIT).until(() -> attempts.get() >= 1);

        // now in a 60 s back-off
        long started = System.nanoTime();
        containers.stop();
        Duration stopping = Duration.ofNanos(System.nanoTime() - started);

        System.out.println("stop during a transient back-off took " + stopping.toMillis() + " ms");
        assertThat(stopping).isLessThan(Duration.ofSeconds(5));
        assertThat(handled.get()).isZero();
        assertThat(jdbc.sql("select count(*) from dead_letter where consumer_group = ?").param(group)
                .query(Integer.class).single()).isZero();
        assertThat(stored(group, record.partition())).isLessThanOrEqualTo(record.offset());

        databaseDown.set(false);
        SubscriptionContainers restarted = containers(subscription, properties);
        restarted.start();
        try {
            await().atMost(WAIT).until(() -> handled.get() == 1);
            await().atMost(WAIT).until(() -> stored(group, record.partition()) > record.offset());
        } finally {
            restarted.stop();
        }
        assertThat(handled.get()).isEqualTo(1);
    }

    @Test
    void a_stop_finishes_the_record_in_hand_stores_its_offset_and_leaves_the_rest() throws Exception {
        String group = "stop-" + UUID.randomUUID().toString().substring(0, 8);
        String caseNumber = newCase("IN-HAND");
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> handled = new CopyOnWriteArrayList<>();
        EventSubscription subscription = EventSubscription.forGroup(group).on(CaseNoted.class, (event, meta) -> {
            if (event.caseNumber().equals(caseNumber)) {
                if (event.sequence() == 1) {
                    entered.countDown();
                    release.await(30, TimeUnit.SECONDS);
                }
                handled.add(event.sequence());
            }
        }).build();
        SubscriptionContainers containers = containers(subscription, new MessagingProperties());
        containers.start();
        cases.note(caseNumber, 1, "ok");
        cases.note(caseNumber, 2, "ok");
        List<ConsumerRecord<String, String>> records = awaitRecords(notesTopic(), caseNumber, 2, WAIT);
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(containers::stop);
        // release the record in hand only once the stop reached every consumer, or it may take the next record first
        await().atMost(WAIT).until(() -> containers.containers().stream()
                .flatMap(container -> container.getContainers().stream()).noneMatch(consumer -> consumer.isRunning()));
        assertThat(stopping).isNotDone();
        release.countDown();
        stopping.get(30, TimeUnit.SECONDS);

        long first = records.get(0).offset();
        int partition = records.get(0).partition();
        assertThat(handled).containsExactly(1);
        assertThat(stored(group, partition)).isEqualTo(first + 1);
        assertThat(kafkaCommitted(group, partition)).isEqualTo(first + 1);

        SubscriptionContainers restarted = containers(subscription, new MessagingProperties());
        restarted.start();
        try {
            await().atMost(WAIT).until(() -> handled.size() == 2);
        } finally {
            restarted.stop();
        }
        assertThat(handled).containsExactly(1, 2);
    }

    private SubscriptionContainers containers(EventSubscription subscription, MessagingProperties properties) {
        startAtTheEnd(subscription.group());
        return new SubscriptionContainers(List.of(subscription), kafka, topics, properties, jdbc,
                new TransactionTemplate(transactionManager), json, null);
    }

    /**
     * A new group would read the topic from its start (other tests' malformed records included): stored offsets
     * at the log end make it start there, as they win over Kafka's position.
     */
    private void startAtTheEnd(String group) {
        try (Admin admin = admin()) {
            var partitions = admin.describeTopics(List.of(notesTopic())).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(notesTopic()).partitions();
            for (var info : partitions) {
                TopicPartition partition = new TopicPartition(notesTopic(), info.partition());
                long end = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).all().get(30, TimeUnit.SECONDS)
                        .get(partition).offset();
                jdbc.sql("insert into consumer_offset (consumer_group, topic, kafka_partition, next_offset) "
                                + "values (?, ?, ?, ?) on conflict do nothing")
                        .params(group, notesTopic(), info.partition(), end).update();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
