package org.onewindow.monitor.infrastructure.adapters.messaging;

import java.io.Closeable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.onewindow.platform.messaging.SharedAdmin;

/**
 * What the broker's admin API says about consumers and dead-letter topics: infrastructure health, not business
 * figures, so it comes from the broker and never from the streams' content. One {@link Admin} client, created on
 * first use and closed with the context.
 */
public class BrokerView implements Closeable {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SharedAdmin admin;
    private final String deadLetterSuffix;
    private final String replaySuffix;

    public BrokerView(Map<String, Object> adminConfig, String deadLetterSuffix, String replaySuffix) {
        this.admin = new SharedAdmin(adminConfig);
        this.deadLetterSuffix = deadLetterSuffix;
        this.replaySuffix = replaySuffix;
    }

    /** Lag of one consumer group on one topic: records not consumed yet, summed over the partitions. */
    public record GroupLag(String group, String topic, long lag) {
    }

    /** Depth of one dead-letter topic: records after the replay group's position (all of them when never replayed). */
    public record DeadLetterDepth(String topic, String service, long depth) {
    }

    /** The lag of every consumer group (replay groups of dead-letter topics left out), by group and topic. */
    public List<GroupLag> consumerLag() {
        try {
            Collection<ConsumerGroupListing> groups = admin().listConsumerGroups().all().get(timeout(), TimeUnit.MILLISECONDS);
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new TreeMap<>();
            Set<TopicPartition> partitions = new HashSet<>();
            for (ConsumerGroupListing group : groups) {
                if (group.groupId().endsWith(replaySuffix)) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> offsets = admin().listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(timeout(), TimeUnit.MILLISECONDS);
                committed.put(group.groupId(), offsets);
                partitions.addAll(offsets.keySet());
            }
            Map<TopicPartition, Long> ends = endOffsets(partitions);
            List<GroupLag> lags = new ArrayList<>();
            committed.forEach((group, offsets) -> {
                Map<String, Long> perTopic = new TreeMap<>();
                offsets.forEach((partition, offset) -> {
                    long end = ends.getOrDefault(partition, 0L);
                    long at = offset == null ? 0 : offset.offset();
                    perTopic.merge(partition.topic(), Math.max(0, end - at), Long::sum);
                });
                perTopic.forEach((topic, lag) -> lags.add(new GroupLag(group, topic, lag)));
            });
            return lags;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Every dead-letter topic ({@code <group>.dlt}) with its depth; the service is the group's name. */
    public List<DeadLetterDepth> deadLetters() {
        try {
            Set<String> topics = admin().listTopics().names().get(timeout(), TimeUnit.MILLISECONDS);
            List<String> dlts = topics.stream().filter(t -> t.endsWith(deadLetterSuffix)).sorted().toList();
            if (dlts.isEmpty()) {
                return List.of();
            }
            Map<String, List<TopicPartition>> partitions = new HashMap<>();
            admin().describeTopics(dlts).allTopicNames().get(timeout(), TimeUnit.MILLISECONDS).forEach((name, d) ->
                    partitions.put(name, d.partitions().stream().map(p -> new TopicPartition(name, p.partition())).toList()));
            Set<TopicPartition> all = new HashSet<>();
            partitions.values().forEach(all::addAll);
            Map<TopicPartition, Long> ends = endOffsets(all);
            Map<TopicPartition, Long> starts = offsets(all, OffsetSpec.earliest());
            List<DeadLetterDepth> depths = new ArrayList<>();
            for (String dlt : dlts) {
                Map<TopicPartition, OffsetAndMetadata> replayed = admin().listConsumerGroupOffsets(dlt + replaySuffix)
                        .partitionsToOffsetAndMetadata().get(timeout(), TimeUnit.MILLISECONDS);
                long depth = 0;
                for (TopicPartition partition : partitions.getOrDefault(dlt, List.of())) {
                    OffsetAndMetadata at = replayed.get(partition);
                    long from = Math.max(starts.getOrDefault(partition, 0L), at == null ? 0 : at.offset());
                    depth += Math.max(0, ends.getOrDefault(partition, 0L) - from);
                }
                String group = dlt.substring(0, dlt.length() - deadLetterSuffix.length());
                depths.add(new DeadLetterDepth(dlt, group, depth));
            }
            return depths;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The log-end offset of each partition. */
    public Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> partitions)
            throws ExecutionException, InterruptedException, TimeoutException {
        return offsets(partitions, OffsetSpec.latest());
    }

    /** The partitions of a topic, empty when it does not exist. */
    public List<TopicPartition> partitionsOf(String topic) throws ExecutionException, InterruptedException, TimeoutException {
        var described = admin().describeTopics(List.of(topic)).topicNameValues().get(topic);
        try {
            return described.get(timeout(), TimeUnit.MILLISECONDS).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException) {
                return List.of();
            }
            throw e;
        }
    }

    private Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answer =
                admin().listOffsets(request).all().get(timeout(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        answer.forEach((p, info) -> offsets.put(p, info.offset()));
        return offsets;
    }

    private Admin admin() {
        return admin.get();
    }

    private static long timeout() {
        return TIMEOUT.toMillis();
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
