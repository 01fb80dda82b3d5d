package org.onewindow.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.Stream;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.OneWindowTest;
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

    /** Reads the topic until {@code count} records with the key are there (or the wait is over). */
    static List<ConsumerRecord<String, String>> recordsWithKey(String topic, String key, int count) {
        return KafkaTestSupport.readUntil(topic, WAIT,
                        records -> records.stream().filter(r -> key.equals(r.key())).count() >= count)
                .stream().filter(r -> key.equals(r.key())).toList();
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
