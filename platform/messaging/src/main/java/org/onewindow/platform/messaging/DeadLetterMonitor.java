package org.onewindow.platform.messaging;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the gauges {@code onewindow.dlt.depth{group}} (DLT records not yet replayed) and
 * {@code onewindow.dlt.unresolved{group}} (dead letters neither replayed nor discarded: cases blocked; the one to
 * alert on) up to date on a schedule ({@code dead-letters.depth-interval}, a {@link ScheduledScan}), so a scrape never
 * waits for the broker or the database.
 */
public class DeadLetterMonitor extends ScheduledScan {

    private static final Logger logger = LoggerFactory.getLogger(DeadLetterMonitor.class);

    private final DeadLetters deadLetters;
    private final DeadLetterLog log;
    private final Map<String, AtomicLong> depths = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> unresolved = new ConcurrentHashMap<>();

    public DeadLetterMonitor(DeadLetters deadLetters, MessagingProperties properties, MeterRegistry meters) {
        this(deadLetters, null, properties, meters);
    }

    /** @param log the {@code dead_letter} table; null: no unresolved gauge */
    public DeadLetterMonitor(DeadLetters deadLetters, DeadLetterLog log, MessagingProperties properties,
                             MeterRegistry meters) {
        super(ScheduledScan.named("dlt-monitor").every(Duration.ZERO, properties.getDeadLetters().getDepthInterval())
                .enabled(!deadLetters.groups().isEmpty()));
        this.deadLetters = deadLetters;
        this.log = log;
        for (String group : deadLetters.groups()) {
            depths.put(group, gauge(meters, "onewindow.dlt.depth", "Records in the dead-letter topic not yet replayed",
                    group));
            if (log != null) {
                unresolved.put(group, gauge(meters, "onewindow.dlt.unresolved",
                        "Dead letters neither replayed nor discarded (each blocks its case)", group));
            }
        }
    }

    /** A value of one group, published as a gauge when there is a registry. */
    private static AtomicLong gauge(MeterRegistry meters, String name, String description, String group) {
        AtomicLong value = new AtomicLong();
        if (meters != null) {
            Gauge.builder(name, value, AtomicLong::get).description(description).tag("group", group).register(meters);
        }
        return value;
    }

    /** Recomputes every group's depth now. */
    public void refresh() {
        for (Map.Entry<String, AtomicLong> entry : depths.entrySet()) {
            try {
                entry.getValue().set(deadLetters.depth(entry.getKey()));
            } catch (RuntimeException e) {
                logger.debug("Cannot compute the DLT depth of {}: {}", entry.getKey(), e.toString());
            }
        }
        if (log != null) {
            try {
                Map<String, Long> counts = log.unresolvedCounts();
                unresolved.forEach((group, count) -> count.set(counts.getOrDefault(group, 0L)));
            } catch (RuntimeException e) {
                logger.debug("Cannot count unresolved dead letters: {}", e.toString());
            }
        }
    }

    /** Last computed count of unresolved dead letters of a group. */
    public long unresolved(String group) {
        AtomicLong count = unresolved.get(group);
        return count == null ? 0 : count.get();
    }

    /** Last computed depth of a group (0 for an unknown group). */
    public long depth(String group) {
        AtomicLong depth = depths.get(group);
        return depth == null ? 0 : depth.get();
    }

    /** One round: the gauges recomputed (a failure of one is logged at debug and leaves its last value). */
    @Override
    protected int round() {
        refresh();
        return 0;
    }
}
