package org.onewindow.platform.messaging;

import java.time.Duration;
import java.util.UUID;

import org.onewindow.contracts.Stream;
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
}
