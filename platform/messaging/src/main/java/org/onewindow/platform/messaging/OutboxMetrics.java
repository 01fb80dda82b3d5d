package org.onewindow.platform.messaging;

import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outbox gauges, read on scrape (partial indexes keep them cheap): {@code onewindow.outbox.unpublished} (rows not
 * yet acknowledged by Kafka and not discarded, parked and held ones included), {@code onewindow.outbox.oldest.age}
 * (seconds since the oldest row the relay is trying to send was written, parked and held rows left out so the lag
 * alert keeps meaning "the relay is slow or failing"; 0 when none), {@code onewindow.outbox.parked} (rows parked:
 * alert on &gt; 0) and {@code onewindow.outbox.held} (rows held behind them).
 */
public class OutboxMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final OutboxOperations operations;

    public OutboxMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.operations = new OutboxOperations(jdbc);
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
        Gauge.builder("onewindow.outbox.parked", operations, o -> count(o::parkedCount))
                .description("Outbox rows parked: they can never be published as they are (see /actuator/outbox)")
                .register(meters);
        Gauge.builder("onewindow.outbox.held", operations, o -> count(o::heldCount))
                .description("Unpublished outbox rows held behind a parked row of their topic and key")
                .register(meters);
    }

    private static double count(LongSupplier query) {
        try {
            return query.getAsLong();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    static double unpublished(JdbcClient jdbc) {
        try {
            return jdbc.sql("select count(*) from outbox where published_at is null and discarded_at is null")
                    .query(Long.class).single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    static double oldestAgeSeconds(JdbcClient jdbc) {
        try {
            Double age = jdbc.sql("""
                            select coalesce((
                                select extract(epoch from now() - o.created_at)
                                from outbox o
                                where o.published_at is null and o.parked_at is null and o.discarded_at is null
                                  and not exists (select 1 from outbox p
                                                  where p.topic = o.topic and p.key = o.key and p.id < o.id
                                                    and p.parked_at is not null and p.published_at is null
                                                    and p.discarded_at is null)
                                order by o.id limit 1), 0)::float8""")
                    .query(Double.class).single();
            return age == null ? 0 : age;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
