package org.onewindow.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Stream;

import tools.jackson.databind.json.JsonMapper;

/**
 * Plain Kafka clients against the shared broker: publish an event as its producing service would, await the events
 * of one case, read a header, or write and read raw records (also malformed ones).
 *
 * <p>The CloudEvents 1.0 binary-mode headers are written here from the spec rather than through platform-messaging's
 * {@code CloudEventHeaders}: platform-messaging has this module as a test dependency, so depending on it would be a
 * reactor cycle. platform-messaging's {@code CloudEventHeadersTest} reads what {@link #publish} writes, so the two
 * cannot drift apart unnoticed.
 */
public final class KafkaTestSupport {

    public static final String CE_SPECVERSION = "ce_specversion";
    public static final String CE_ID = "ce_id";
    public static final String CE_TYPE = "ce_type";
    public static final String CE_SOURCE = "ce_source";
    public static final String CE_SUBJECT = "ce_subject";
    public static final String CE_TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KafkaTestSupport() {
    }

    /**
     * Publishes the event as the platform's outbox relay of its producing service would: key = {@code subject()},
     * value = the event as JSON, {@link #cloudEventHeaders CloudEvents headers} with a new random {@code ce_id}.
     *
     * @return the {@code ce_id}
     */
    public static String publish(String topic, DomainEvent event) {
        return publish(topic, event, UUID.randomUUID().toString());
    }

    /** As {@link #publish(String, DomainEvent)} with the given {@code ce_id}: the same id twice is a redelivery. */
    public static String publish(String topic, DomainEvent event, String ceId) {
        send(topic, event.subject(), cloudEventHeaders(ceId, event.getClass(), event.subject()), JSON.writeValueAsString(event));
        return ceId;
    }

    /**
     * The CloudEvents headers the relay writes for an event of this class: {@code ce_specversion} 1.0, {@code ce_id},
     * {@code ce_type} ({@code EventTypes.ceType}), {@code ce_source} {@code /onewindow/<owner>-service} (the service
     * owning the event's stream), {@code ce_subject}, {@code ce_time} (now, ISO-8601 with offset) and
     * {@code content-type: application/json}. Mutable, in that order: change or remove one to send a malformed
     * record with {@link #send}.
     */
    public static Map<String, String> cloudEventHeaders(String ceId, Class<? extends DomainEvent> eventClass, String subject) {
        return cloudEventHeaders(ceId, EventTypes.ceType(eventClass), producerSource(EventTypes.stream(eventClass)), subject);
    }

    /** The CloudEvents headers for any {@code ce_type} and {@code ce_source} (e.g. test-only event types). */
    public static Map<String, String> cloudEventHeaders(String ceId, String ceType, String source, String subject) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CE_SPECVERSION, "1.0");
        headers.put(CE_ID, ceId);
        headers.put(CE_TYPE, ceType);
        headers.put(CE_SOURCE, source);
        headers.put(CE_SUBJECT, subject);
        headers.put(CE_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now()));
        headers.put(CONTENT_TYPE, "application/json");
        return headers;
    }

    /** {@code /onewindow/review-service} for {@code review-cases}: each stream is owned by one service. */
    static String producerSource(Stream stream) {
        String owner = stream.id().substring(0, stream.id().indexOf('-'));
        return "/onewindow/" + owner + "-service";
    }

    /** The last value of the header as UTF-8 text, or null when the record has none. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * Reads the topic from the beginning until at least {@code atLeast} records with this key and {@code ce_type}
     * are there, and returns those (in offset order; more than {@code atLeast} when more were read).
     *
     * @throws AssertionError when fewer arrived {@code within}
     */
    public static List<ConsumerRecord<String, String>> awaitEvents(String topic, String key, String ceType, int atLeast,
                                                                   Duration within) {
        return awaitMatching(topic, r -> key.equals(r.key()) && ceType.equals(header(r, CE_TYPE)), atLeast, within,
                "key " + key + " and ce_type " + ceType);
    }

    /** As {@link #awaitEvents(String, String, String, int, Duration)} with the {@code ce_type} of the event class. */
    public static List<ConsumerRecord<String, String>> awaitEvents(String topic, String key,
                                                                   Class<? extends DomainEvent> eventClass, int atLeast,
                                                                   Duration within) {
        return awaitEvents(topic, key, EventTypes.ceType(eventClass), atLeast, within);
    }

    /**
     * Reads the topic from the beginning until at least {@code atLeast} records with this key, of any type, are
     * there (dead letters, malformed records), and returns those.
     *
     * @throws AssertionError when fewer arrived {@code within}
     */
    public static List<ConsumerRecord<String, String>> awaitRecords(String topic, String key, int atLeast, Duration within) {
        return awaitMatching(topic, r -> key.equals(r.key()), atLeast, within, "key " + key);
    }

    private static List<ConsumerRecord<String, String>> awaitMatching(String topic,
                                                                      Predicate<ConsumerRecord<String, String>> wanted,
                                                                      int atLeast, Duration within, String description) {
        List<ConsumerRecord<String, String>> read = readUntil(topic, within,
                records -> records.stream().filter(wanted).count() >= atLeast);
        List<ConsumerRecord<String, String>> matching = read.stream().filter(wanted).toList();
        if (matching.size() < atLeast) {
            throw new AssertionError("Expected at least %d record(s) with %s on %s within %s, found %d among %d read"
                    .formatted(atLeast, description, topic, within, matching.size(), read.size()));
        }
        return matching;
    }

    /**
     * Sends a record with the right CloudEvents headers for {@code eventClass} but a body that is not JSON, keyed
     * by {@code subject}: the poison pill a consumer must dead-letter while it goes on with the next record.
     */
    public static void sendMalformed(String topic, String ceId, Class<? extends DomainEvent> eventClass,
                                     String subject) {
        send(topic, subject, cloudEventHeaders(ceId, eventClass, subject), "{\"caseNumber\": [not json");
    }

    /** Sends one raw record (any headers, any value: also for malformed events) and waits for the ack. */
    public static void send(String topic, String key, Map<String, String> headers, String value) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, headerValue) ->
                    record.headers().add(name, headerValue == null ? null : headerValue.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot send to " + topic, e);
        }
    }

    /**
     * Reads the topic from the beginning with a fresh consumer group until at least {@code atLeast} records
     * arrived or {@code within} elapsed, and returns what it read (possibly fewer: assert on the result).
     */
    public static List<ConsumerRecord<String, String>> readAll(String topic, Duration within, int atLeast) {
        return readUntil(topic, within, records -> records.size() >= atLeast);
    }

    /**
     * Reads the topic from the beginning with a fresh consumer group until {@code enough} accepts what was read
     * (checked after every poll) or {@code within} elapsed; returns everything read, in partition-offset order.
     */
    public static List<ConsumerRecord<String, String>> readUntil(String topic, Duration within,
                                                                 Predicate<List<ConsumerRecord<String, String>>> enough) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + within.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            while (!enough.test(records) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        return records;
    }

    /** Creates the topic unless it exists (replication factor 1). */
    public static void createTopic(String topic, int partitions) {
        createTopics(List.of(new NewTopic(topic, partitions, (short) 1)));
    }

    public static void createTopics(Collection<NewTopic> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers()))) {
            for (NewTopic topic : topics) {
                try {
                    admin.createTopics(Set.of(topic)).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + topic.name(), e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out creating topics", e);
        }
    }
}
