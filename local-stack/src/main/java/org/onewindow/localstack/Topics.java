package org.onewindow.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.onewindow.contracts.Stream;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The suite's streams as topics. Names and compaction come from the contracts' {@link Stream} enum, the one
 * source of truth; services declare the same topics themselves, so this only makes them exist before any
 * service starts (no consumer subscribes to a missing topic).
 */
final class Topics {

    static final int PARTITIONS = 6;

    private Topics() {
    }

    static List<NewTopic> definitions() {
        return Arrays.stream(Stream.values()).map(Topics::definition).toList();
    }

    static NewTopic definition(Stream stream) {
        // compacted, or the whole history kept (retention.ms=-1): dashboards rebuild from the beginning
        return new NewTopic(stream.defaultTopic(), PARTITIONS, (short) 1).configs(stream.topicConfigs());
    }

    /** Creates the topics that do not exist yet; returns the names it created. */
    static List<String> createMissing(Admin admin) {
        try {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = definitions().stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot create the topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the topics", e);
        }
    }
}
