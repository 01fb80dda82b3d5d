package org.onewindow.catalog.api;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.Stream;
import org.onewindow.platform.messaging.TopicNames;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Spring context of this module's integration tests (real PostgreSQL and Kafka, demo catalog loaded
 * through the import): every integration test class extends this, so Spring's context cache shares it. The
 * classes share the database too: assert on what a test itself created, or compare with what the API says now.
 */
@OneWindowTest(properties = "onewindow.demo-data=true")
@AutoConfigureMockMvc
abstract class CatalogIntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String ADMIN = TestTokens.bearer("admin-1", Set.of("CATALOG_ADMIN"), "MARKET", "C-CITY-01");
    static final String CLERK = TestTokens.bearer("clerk-1", Set.of("WINDOW_CLERK"), null, "C-CITY-01");

    @Autowired
    MockMvc mvc;
    @Autowired
    TopicNames topics;
    @Autowired
    JsonMapper json;

    /** Reads the stream's topic (this context's name for it) from the beginning until {@code enough} holds. */
    List<ConsumerRecord<String, String>> readStream(Stream stream, Predicate<List<ConsumerRecord<String, String>>> enough) {
        return KafkaTestSupport.readUntil(topics.topic(stream), WAIT, enough);
    }

    /** The records with this key on the stream's topic, once there is at least one. */
    List<ConsumerRecord<String, String>> keyedRecords(Stream stream, String key) {
        return KafkaTestSupport.awaitRecords(topics.topic(stream), key, 1, WAIT);
    }

    JsonNode parse(String value) {
        return json.readTree(value);
    }
}
