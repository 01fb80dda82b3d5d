package org.onewindow.invariants;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventCatalog;
import org.onewindow.contracts.Stream;

import tools.jackson.databind.json.JsonMapper;

/**
 * The public topics read from the beginning up to the end offsets they had when the read started, by a consumer
 * with no group (partitions assigned, nothing committed): the checker never disturbs the services' consumers, and
 * a check is a snapshot of the history up to one moment. Records with a {@code ce_id} already read (an outbox
 * relay that published twice after a crash) are counted as redeliveries and kept once: consumers ignore them too.
 */
public final class EventLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration POLL = Duration.ofMillis(500);

    /**
     * What was read.
     *
     * @param events      one per distinct {@code ce_id}, in partition-offset order per topic
     * @param records     records read in all
     * @param redelivered records whose {@code ce_id} was already read
     * @param unreadable  records without a known {@code ce_type} or whose value is not the event (counted, skipped)
     * @param deadLetters records on every {@code *.dlt} topic, by topic
     */
    public record Snapshot(List<PublicEvent> events, long records, long redelivered, long unreadable,
                           Map<String, Long> deadLetters) {
    }

    private final String bootstrapServers;
    private final Map<Stream, String> topics;
    private final Duration timeout;

    public EventLog(String bootstrapServers, Map<Stream, String> topics, Duration timeout) {
        this.bootstrapServers = bootstrapServers;
        this.topics = Map.copyOf(topics);
        this.timeout = timeout;
    }

    /** The topic of each stream: {@code overrides} (stream id, e.g. {@code review-cases}, to topic) or the default. */
    public static Map<Stream, String> topicNames(Map<String, String> overrides) {
        Map<Stream, String> names = new TreeMap<>();
        for (Stream stream : Stream.values()) {
            names.put(stream, overrides.getOrDefault(stream.id(), stream.defaultTopic()));
        }
        return names;
    }

    public Snapshot read(Set<Stream> streams) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config())) {
            Map<String, Long> deadLetters = deadLetters(consumer);
            List<PublicEvent> events = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            long records = 0;
            long redelivered = 0;
            long unreadable = 0;
            for (Stream stream : streams) {
                List<TopicPartition> partitions = partitions(consumer, topics.get(stream));
                if (partitions.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Instant deadline = Instant.now().plus(timeout);
                while (!reached(consumer, end)) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("could not read " + topics.get(stream) + " up to " + end
                                + " within " + timeout);
                    }
                    for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                        if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                            continue;
                        }
                        records++;
                        String ceId = header(record, "ce_id");
                        if (ceId != null && !seen.add(ceId)) {
                            redelivered++;
                            continue;
                        }
                        Optional<PublicEvent> event = parse(stream, ceId, record);
                        if (event.isPresent()) {
                            events.add(event.get());
                        } else {
                            unreadable++;
                        }
                    }
                }
            }
            consumer.unsubscribe();
            return new Snapshot(List.copyOf(events), records, redelivered, unreadable, deadLetters);
        }
    }

    private Map<String, Object> config() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.CLIENT_ID_CONFIG, "invariants-" + UUID.randomUUID(),
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
        return infos == null ? List.of() : infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    /** Records on the dead-letter topics ({@code <group>.dlt}), as end minus beginning offset. */
    private Map<String, Long> deadLetters(KafkaConsumer<String, String> consumer) {
        Map<String, Long> depth = new TreeMap<>();
        for (Map.Entry<String, List<PartitionInfo>> topic : consumer.listTopics(timeout).entrySet()) {
            if (!topic.getKey().endsWith(".dlt")) {
                continue;
            }
            List<TopicPartition> partitions = topic.getValue().stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, timeout);
            depth.put(topic.getKey(), partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum());
        }
        return depth;
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static Optional<PublicEvent> parse(Stream stream, String ceId, ConsumerRecord<String, String> record) {
        String ceType = header(record, "ce_type");
        if (ceType == null || record.value() == null) {
            return Optional.empty();
        }
        Optional<Class<? extends DomainEvent>> type = EventCatalog.byCeType(ceType);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try {
            DomainEvent event = JSON.readValue(record.value(), type.get());
            return Optional.of(new PublicEvent(stream, ceId == null ? record.topic() + "@" + record.offset() : ceId,
                    ceType, record.key(), Instant.ofEpochMilli(record.timestamp()), event));
        } catch (RuntimeException notTheEvent) {
            return Optional.empty();
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
