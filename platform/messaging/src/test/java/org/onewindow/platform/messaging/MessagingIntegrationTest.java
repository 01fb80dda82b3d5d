package org.onewindow.platform.messaging;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.onewindow.contracts.Stream;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.SharedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One Spring context (same configuration) shared by all messaging integration tests. */
@OneWindowTest
abstract class MessagingIntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    MessagingTestApplication.Cases cases;
    @Autowired
    MessagingTestApplication.Effects effects;
    @Autowired
    TopicNames topics;
    @Autowired
    JdbcClient jdbc;

    static String newCase(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String notesTopic() {
        return topics.topic(Stream.REVIEW_CASES);
    }

    static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()));
    }

    /** The group's position on a partition of the notes topic as the database stores it (-1: no row). */
    long stored(String group, int partition) {
        return jdbc.sql("select next_offset from consumer_offset where consumer_group = ? and topic = ? and kafka_partition = ?")
                .params(group, notesTopic(), partition).query(Long.class).optional().orElse(-1L);
    }

    /** The group's position on a partition of the notes topic as Kafka has it committed (-1: none). */
    long kafkaCommitted(String group, int partition) throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(topics.consumerGroup(group))
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            OffsetAndMetadata committed = offsets.get(new TopicPartition(notesTopic(), partition));
            return committed == null ? -1 : committed.offset();
        }
    }
}
