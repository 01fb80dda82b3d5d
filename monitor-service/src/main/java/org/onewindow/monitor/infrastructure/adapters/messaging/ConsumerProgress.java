package org.onewindow.monitor.infrastructure.adapters.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.onewindow.monitor.alerts.application.ReadModelProgress;
import org.onewindow.monitor.infrastructure.adapters.persistence.JdbcConsumerPositions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caught up = for every partition of every topic monitor reads, the position its database stores is at the log end.
 * A partition without a stored position counts as caught up only when it is empty.
 */
public class ConsumerProgress implements ReadModelProgress {

    private static final Logger log = LoggerFactory.getLogger(ConsumerProgress.class);

    private final BrokerView broker;
    private final JdbcConsumerPositions positions;
    private final String group;
    private final List<String> topics;

    public ConsumerProgress(BrokerView broker, JdbcConsumerPositions positions, String group, List<String> topics) {
        this.broker = broker;
        this.positions = positions;
        this.group = group;
        this.topics = List.copyOf(topics);
    }

    /** Records not yet in the read model, over all its topics; -1 when the broker cannot say. */
    public long behind() {
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                partitions.addAll(broker.partitionsOf(topic));
            }
            Map<TopicPartition, Long> ends = broker.endOffsets(partitions);
            Map<TopicPartition, Long> stored = positions.positions(group);
            long behind = 0;
            for (TopicPartition partition : partitions) {
                behind += Math.max(0, ends.getOrDefault(partition, 0L) - stored.getOrDefault(partition, 0L));
            }
            return behind;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.debug("cannot tell how far the read model is: {}", e.toString());
            return -1;
        }
    }

    @Override
    public boolean caughtUp() {
        return behind() == 0;
    }
}
