package org.onewindow.platform.messaging;

import java.time.Duration;

import org.onewindow.contracts.EventLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onewindow.messaging.*}. Topic names are separate: {@code onewindow.topics.<stream-id>} (see
 * {@link TopicNames}).
 */
@ConfigurationProperties("onewindow.messaging")
public class MessagingProperties {

    /** CloudEvents {@code ce_source}; default {@code /onewindow/${spring.application.name}}. */
    private String source;

    /** Appended to every consumer group id (tests isolate Spring contexts with it); inbox rows use the bare group. */
    private String consumerGroupSuffix = "";

    /** Partitions of the topics this platform creates. */
    private int partitions = 6;

    /** Declare every stream's topic and the subscriptions' dead-letter topics ({@code NewTopic} beans). */
    private boolean createTopics = true;

    private final Relay relay = new Relay();
    private final Consumer consumer = new Consumer();
    private final DeadLetters deadLetters = new DeadLetters();
    private final Inbox inbox = new Inbox();

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getConsumerGroupSuffix() {
        return consumerGroupSuffix;
    }

    public void setConsumerGroupSuffix(String consumerGroupSuffix) {
        this.consumerGroupSuffix = consumerGroupSuffix == null ? "" : consumerGroupSuffix;
    }

    public int getPartitions() {
        return partitions;
    }

    public void setPartitions(int partitions) {
        this.partitions = partitions;
    }

    public boolean isCreateTopics() {
        return createTopics;
    }

    public void setCreateTopics(boolean createTopics) {
        this.createTopics = createTopics;
    }

    public Relay getRelay() {
        return relay;
    }

    public Consumer getConsumer() {
        return consumer;
    }

    public DeadLetters getDeadLetters() {
        return deadLetters;
    }

    public Inbox getInbox() {
        return inbox;
    }

    /** {@code onewindow.messaging.relay.*}: the outbox relay. */
    public static class Relay {
        private boolean enabled = true;
        /**
         * Longest wait between two outbox reads. Every publisher's commit wakes the relay at once (NOTIFY), so this
         * only bounds how soon a standby instance takes the publishing lock over and how soon a row written without
         * a NOTIFY (none of ours) goes out. Was 50 ms: 20 empty reads a second per service, the stack's main cost
         * when idle (docs/benchmarks.md "Statements per lifecycle").
         */
        private Duration pollInterval = Duration.ofSeconds(1);
        private int batchSize = 200;
        /** How long a send may take before the batch counts as failed. */
        private Duration sendTimeout = Duration.ofSeconds(30);
        /** Published rows older than this are deleted. */
        private Duration retention = Duration.ofDays(1);
        private Duration cleanupInterval = Duration.ofMinutes(10);
        /**
         * A row whose record (key, value, headers) is larger is parked before it is sent. Raise it only with the
         * broker's {@code message.max.bytes} and the producer's {@code max.request.size}.
         */
        private int maxRecordBytes = EventLimits.MAX_EVENT_BYTES;
        /** Wait after a round that failed for a transient reason (broker or database away), doubled per failed round... */
        private Duration backoffInitial = Duration.ofMillis(200);
        /** ...up to this. */
        private Duration backoffMax = Duration.ofSeconds(10);
        private double backoffMultiplier = 2.0;

        public int getMaxRecordBytes() {
            return maxRecordBytes;
        }

        public void setMaxRecordBytes(int maxRecordBytes) {
            this.maxRecordBytes = maxRecordBytes;
        }

        public Duration getBackoffInitial() {
            return backoffInitial;
        }

        public void setBackoffInitial(Duration backoffInitial) {
            this.backoffInitial = backoffInitial;
        }

        public Duration getBackoffMax() {
            return backoffMax;
        }

        public void setBackoffMax(Duration backoffMax) {
            this.backoffMax = backoffMax;
        }

        public double getBackoffMultiplier() {
            return backoffMultiplier;
        }

        public void setBackoffMultiplier(double backoffMultiplier) {
            this.backoffMultiplier = backoffMultiplier;
        }

        /** The wait after {@code failedRounds} (1, 2, ...) consecutive transiently failed rounds. */
        public Duration backoffAfter(int failedRounds) {
            double millis = backoffInitial.toMillis() * Math.pow(Math.max(1.0, backoffMultiplier), Math.max(0, failedRounds - 1));
            return Duration.ofMillis((long) Math.min(millis, backoffMax.toMillis()));
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        public Duration getSendTimeout() {
            return sendTimeout;
        }

        public void setSendTimeout(Duration sendTimeout) {
            this.sendTimeout = sendTimeout;
        }

        public Duration getRetention() {
            return retention;
        }

        public void setRetention(Duration retention) {
            this.retention = retention;
        }

        public Duration getCleanupInterval() {
            return cleanupInterval;
        }

        public void setCleanupInterval(Duration cleanupInterval) {
            this.cleanupInterval = cleanupInterval;
        }
    }

    /** {@code onewindow.messaging.consumer.*}: subscriptions. */
    public static class Consumer {
        /**
         * Deliveries of a record whose handler throws an unclassified exception, the first included, before it
         * goes to the DLT (poison goes at once, transient failures are retried without limit).
         */
        private int attempts = 3;
        private Duration backoff = Duration.ofMillis(200);
        /** First wait before a transient failure (database or broker unreachable, lock, serialization) is retried. */
        private Duration transientBackoff = Duration.ofMillis(500);
        /** The transient wait doubles up to this; kept well below the consumer's {@code max.poll.interval.ms}. */
        private Duration transientMaxBackoff = Duration.ofSeconds(30);
        /** Listener threads per subscription (at most the partition count is useful). */
        private int concurrency = 1;
        /**
         * Most records of one poll handled in one database transaction (one commit). 1: a transaction per record.
         * A failing transaction is retried one record per transaction, so a larger value only costs a longer
         * transaction (its row locks held longer) and, on a failure, one rolled-back attempt.
         */
        private int recordsPerTransaction = 50;
        /**
         * A transaction of several records takes no further record once it has run this long, so the rows it locked
         * (a case an HTTP command may be waiting for) are held about this long at most, however slow the database.
         */
        private Duration transactionTimeLimit = Duration.ofMillis(50);

        public Duration getTransactionTimeLimit() {
            return transactionTimeLimit;
        }

        public void setTransactionTimeLimit(Duration transactionTimeLimit) {
            if (transactionTimeLimit == null || transactionTimeLimit.isNegative()) {
                throw new IllegalArgumentException(
                        "onewindow.messaging.consumer.transaction-time-limit must be zero or more: " + transactionTimeLimit);
            }
            this.transactionTimeLimit = transactionTimeLimit;
        }

        public int getRecordsPerTransaction() {
            return recordsPerTransaction;
        }

        public void setRecordsPerTransaction(int recordsPerTransaction) {
            if (recordsPerTransaction < 1) {
                throw new IllegalArgumentException(
                        "onewindow.messaging.consumer.records-per-transaction must be at least 1: " + recordsPerTransaction);
            }
            this.recordsPerTransaction = recordsPerTransaction;
        }

        public int getAttempts() {
            return attempts;
        }

        public void setAttempts(int attempts) {
            this.attempts = attempts;
        }

        public Duration getBackoff() {
            return backoff;
        }

        public void setBackoff(Duration backoff) {
            this.backoff = backoff;
        }

        public int getConcurrency() {
            return concurrency;
        }

        public Duration getTransientBackoff() {
            return transientBackoff;
        }

        public void setTransientBackoff(Duration transientBackoff) {
            this.transientBackoff = transientBackoff;
        }

        public Duration getTransientMaxBackoff() {
            return transientMaxBackoff;
        }

        public void setTransientMaxBackoff(Duration transientMaxBackoff) {
            this.transientMaxBackoff = transientMaxBackoff;
        }

        public void setConcurrency(int concurrency) {
            this.concurrency = concurrency;
        }
    }

    /** {@code onewindow.messaging.dead-letters.*}. */
    public static class DeadLetters {
        /** The DLT of group {@code g} is {@code g + topicSuffix}. */
        private String topicSuffix = ".dlt";
        /** The replay position is the committed offset of group {@code <dlt> + replayGroupSuffix}. */
        private String replayGroupSuffix = "-replay";
        /** How often the depth gauge is recomputed. */
        private Duration depthInterval = Duration.ofSeconds(10);
        /** Most records the endpoint lists per group. */
        private int listLimit = 100;

        public String getTopicSuffix() {
            return topicSuffix;
        }

        public void setTopicSuffix(String topicSuffix) {
            this.topicSuffix = topicSuffix;
        }

        public String getReplayGroupSuffix() {
            return replayGroupSuffix;
        }

        public void setReplayGroupSuffix(String replayGroupSuffix) {
            this.replayGroupSuffix = replayGroupSuffix;
        }

        public Duration getDepthInterval() {
            return depthInterval;
        }

        public void setDepthInterval(Duration depthInterval) {
            this.depthInterval = depthInterval;
        }

        public int getListLimit() {
            return listLimit;
        }

        public void setListLimit(int listLimit) {
            this.listLimit = listLimit;
        }
    }

    /** {@code onewindow.messaging.inbox.*}: pruning of the idempotent inbox. */
    public static class Inbox {
        /** Inbox rows older than this are deleted (an event is never redelivered that late, except after a restore). */
        private Duration retention = Duration.ofDays(30);
        /** How often the pruner runs; zero or negative disables it. */
        private Duration pruneInterval = Duration.ofHours(1);
        /** Rows deleted per statement (one short transaction each). */
        private int pruneBatchSize = 5_000;

        public Duration getRetention() {
            return retention;
        }

        public void setRetention(Duration retention) {
            this.retention = retention;
        }

        public Duration getPruneInterval() {
            return pruneInterval;
        }

        public void setPruneInterval(Duration pruneInterval) {
            this.pruneInterval = pruneInterval;
        }

        public int getPruneBatchSize() {
            return pruneBatchSize;
        }

        public void setPruneBatchSize(int pruneBatchSize) {
            this.pruneBatchSize = pruneBatchSize;
        }
    }
}
