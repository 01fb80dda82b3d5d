package org.onewindow.monitor.infrastructure.adapters.persistence;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where monitor's own consumers are, as its database stores it (platform-messaging's {@code consumer_offset}, written
 * in the transaction of each record's effect): the truth for "has the read model caught up", unlike Kafka's
 * committed offsets, which a rebuild leaves ahead until the consumers commit again.
 */
@Repository
public class JdbcConsumerPositions {

    private final JdbcClient jdbc;

    public JdbcConsumerPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Next offset to read per partition of the given (bare) subscription group. */
    public Map<TopicPartition, Long> positions(String group) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        jdbc.sql("SELECT topic, kafka_partition, next_offset FROM consumer_offset WHERE consumer_group = ?")
                .param(group)
                .query(rs -> {
                    positions.put(new TopicPartition(rs.getString("topic"), rs.getInt("kafka_partition")),
                            rs.getLong("next_offset"));
                });
        return positions;
    }
}
