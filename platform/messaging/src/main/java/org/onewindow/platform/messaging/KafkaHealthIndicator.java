package org.onewindow.platform.messaging;

import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** {@code kafka} health: the cluster answers a describeCluster within two seconds. */
public class KafkaHealthIndicator implements HealthIndicator {

    private static final int TIMEOUT_MILLIS = 2000;

    private final MessagingKafka kafka;

    public KafkaHealthIndicator(MessagingKafka kafka) {
        this.kafka = kafka;
    }

    @Override
    public Health health() {
        try {
            DescribeClusterResult cluster = kafka.admin().describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MILLIS));
            String clusterId = cluster.clusterId().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            int nodes = cluster.nodes().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).size();
            return Health.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        } catch (Exception e) {
            return Health.down().withDetail("error", e.toString()).build();
        }
    }
}
