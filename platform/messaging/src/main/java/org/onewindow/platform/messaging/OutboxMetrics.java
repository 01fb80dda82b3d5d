package org.onewindow.platform.messaging;


import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outbox lag gauges, read on scrape (the partial index keeps it cheap): {@code onewindow.outbox.unpublished}
 * (rows not yet acknowledged by Kafka) and {@code onewindow.outbox.oldest.age} (seconds since the oldest of them
 * was written; 0 when none).
 */
public class OutboxMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    public OutboxMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        Gauge.builder("onewindow.outbox.unpublished", jdbc, OutboxMetrics::unpublished)
                .description("Outbox rows not yet acknowledged by Kafka")
                .register(meters);
        Gauge.builder("onewindow.outbox.oldest.age", jdbc, OutboxMetrics::oldestAgeSeconds)
                .description("Age in seconds of the oldest unpublished outbox row")
                .baseUnit("seconds")
                .register(meters);
    }

    static double unpublished(JdbcClient jdbc) {
        try {
            return jdbc.sql("select count(*) from outbox where published_at is null").query(Long.class).single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    static double oldestAgeSeconds(JdbcClient jdbc) {
        try {
            Double age = jdbc.sql("""
                            select coalesce(extract(epoch from now() - min(created_at)), 0)::float8
                            from outbox where published_at is null""")
                    .query(Double.class).single();
            return age == null ? 0 : age;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
