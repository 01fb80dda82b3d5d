package org.onewindow.platform.messaging;

import java.util.Set;

import io.micrometer.core.instrument.config.MeterFilter;

/**
 * The Kafka consumer reports some hundred metrics per client; the alert rules and the dashboard in
 * deploy/observability need only its lag (records behind the log end, per partition and the client's maximum), so
 * the rest is denied rather than scraped every 15 s from every instance.
 */
final class KafkaClientMeters {

    static final Set<String> KEPT = Set.of(
            "kafka.consumer.fetch.manager.records.lag",
            "kafka.consumer.fetch.manager.records.lag.max");

    private KafkaClientMeters() {
    }

    static MeterFilter lagOnly() {
        return MeterFilter.deny(id -> id.getName().startsWith("kafka.") && !KEPT.contains(id.getName()));
    }
}
