package org.onewindow.platform.messaging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.header.Header;
import org.onewindow.platform.kernel.PersonalData;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Reads, counts and replays the dead-letter topics of this service's subscriptions. The replay position of a
 * group's DLT is the committed offset of its replay group ({@code <group>.dlt-replay}): records after it are
 * "not yet replayed" (the depth), and replaying republishes them to their original topic and moves it to the end.
 * Consumers' inboxes make a replay harmless for the groups that had already handled the event.
 */
public class DeadLetters {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String DLT_HEADER_PREFIX = "kafka_dlt-";

    private final MessagingKafka kafka;
    private final TopicNames topics;
    private final List<String> groups;
    private final DeadLetterLog log;

    public DeadLetters(MessagingKafka kafka, TopicNames topics, List<String> groups) {
        this(kafka, topics, groups, null);
    }

    /** @param log the {@code dead_letter} table: replays mark its rows resolved and skip discarded ones; may be null */
    public DeadLetters(MessagingKafka kafka, TopicNames topics, List<String> groups, DeadLetterLog log) {
        this.kafka = kafka;
        this.topics = topics;
        this.groups = List.copyOf(groups);
        this.log = log;
    }

    /** The subscription groups of this service. */
    public List<String> groups() {
        return groups;
    }

    /** Records in the group's DLT not yet replayed. */
    public long depth(String group) {
        return ranges(requireKnown(group)).values().stream().mapToLong(Range::size).sum();
    }

    /** Up to {@code limit} not-yet-replayed records of the group's DLT, oldest first per partition. */
    public List<DeadLetter> pending(String group, int limit) {
        List<DeadLetter> letters = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : read(ranges(requireKnown(group)), limit)) {
            letters.add(view(group, record));
        }
        return letters;
    }

    /** Republishes every not-yet-replayed record to its original topic; returns how many were republished. */
    public int replay(String group) {
        return replay(group, "ops");
    }

    /**
     * Republishes every not-yet-replayed record to its original topic, except those an operator discarded, and
     * marks their {@code dead_letter} rows resolved by {@code by}; returns how many were republished.
     */
    public int replay(String group, String by) {
        Map<TopicPartition, Range> ranges = ranges(requireKnown(group));
        List<ConsumerRecord<String, byte[]>> records = read(ranges, Integer.MAX_VALUE);
        List<CompletableFuture<?>> sends = new ArrayList<>();
        List<ConsumerRecord<String, byte[]>> sent = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String originalTopic = CloudEventHeaders.text(record.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC);
            if (originalTopic == null || discarded(group, originalTopic, record)) {
                continue;
            }
            sent.add(record);
            ProducerRecord<String, byte[]> again = new ProducerRecord<>(originalTopic, null, record.key(), record.value());
            for (Header header : record.headers()) {
                if (!header.key().startsWith(DLT_HEADER_PREFIX)) {
                    again.headers().add(header);
                }
            }
            sends.add(kafka.template().send(again));
        }
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetAndMetadata> replayed = ranges.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().end())));
            kafka.admin().alterConsumerGroupOffsets(topics.replayGroup(group), replayed).all()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (log != null) {
                for (ConsumerRecord<String, byte[]> record : sent) {
                    Integer partition = intHeader(record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION));
                    Long offset = longHeader(record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET));
                    if (partition != null && offset != null) {
                        log.markReplayed(group, CloudEventHeaders.text(record.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC),
                                partition, offset, by);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Replay of " + group + " interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Replay of " + group + " failed; it can be repeated safely", e);
        }
        return sends.size();
    }

    private boolean discarded(String group, String originalTopic, ConsumerRecord<String, byte[]> record) {
        Integer partition = intHeader(record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION));
        Long offset = longHeader(record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET));
        return log != null && partition != null && offset != null
                && log.resolution(group, originalTopic, partition, offset)
                .filter(DeadLetterLog.Resolution.DISCARDED::equals).isPresent();
    }

    record Range(long start, long end) {
        long size() {
            return Math.max(0, end - start);
        }
    }

    private String requireKnown(String group) {
        if (!groups.contains(group)) {
            throw new IllegalArgumentException("Unknown consumer group " + group + "; known: " + groups);
        }
        return group;
    }

    /** Per DLT partition: from the replay group's committed offset (or the log start) to the end. */
    private Map<TopicPartition, Range> ranges(String group) {
        String topic = topics.deadLetterTopic(group);
        Admin admin = kafka.admin();
        try {
            TopicDescription description;
            try {
                description = admin.describeTopics(Set.of(topic)).allTopicNames()
                        .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                    return Map.of();
                }
                throw e;
            }
            List<TopicPartition> partitions = description.partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            var latest = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            var earliest = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest())))
                    .all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(topics.replayGroup(group))
                    .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, Range> ranges = new HashMap<>();
            for (TopicPartition partition : partitions) {
                long start = earliest.get(partition).offset();
                OffsetAndMetadata replayed = committed.get(partition);
                if (replayed != null) {
                    start = Math.max(start, replayed.offset());
                }
                ranges.put(partition, new Range(start, latest.get(partition).offset()));
            }
            return ranges;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot read the offsets of " + topic, e);
        }
    }

    private List<ConsumerRecord<String, byte[]>> read(Map<TopicPartition, Range> ranges, int limit) {
        Map<TopicPartition, Range> wanted = ranges.entrySet().stream().filter(e -> e.getValue().size() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        if (wanted.isEmpty()) {
            return records;
        }
        try (KafkaConsumer<String, byte[]> consumer = kafka.standaloneConsumer()) {
            consumer.assign(wanted.keySet());
            wanted.forEach((partition, range) -> consumer.seek(partition, range.start()));
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (!wanted.isEmpty() && records.size() < limit && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    Range range = wanted.get(partition);
                    if (range != null && record.offset() < range.end() && records.size() < limit) {
                        records.add(record);
                    }
                }
                wanted.keySet().removeIf(p -> consumer.position(p) >= wanted.get(p).end());
                consumer.pause(consumer.assignment().stream().filter(p -> !wanted.containsKey(p)).toList());
            }
        }
        return records;
    }

    private static DeadLetter view(String group, ConsumerRecord<String, byte[]> record) {
        var headers = record.headers();
        String payload = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
        String error = CloudEventHeaders.text(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
        return new DeadLetter(group, record.topic(), record.partition(), record.offset(),
                record.key() == null ? null : PersonalData.maskText(record.key()),
                Instant.ofEpochMilli(record.timestamp()), CloudEventHeaders.text(headers, CloudEventHeaders.ID),
                CloudEventHeaders.text(headers, CloudEventHeaders.TYPE),
                CloudEventHeaders.text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC),
                intHeader(headers.lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION)),
                longHeader(headers.lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET)),
                error == null ? null : PersonalData.maskText(error),
                payload == null ? null : PersonalData.maskText(payload));
    }

    // spring-kafka writes the original partition and offset as big-endian binary numbers
    private static Integer intHeader(Header header) {
        return header == null || header.value() == null || header.value().length != 4 ? null
                : ByteBuffer.wrap(header.value()).getInt();
    }

    private static Long longHeader(Header header) {
        return header == null || header.value() == null || header.value().length != 8 ? null
                : ByteBuffer.wrap(header.value()).getLong();
    }
}
