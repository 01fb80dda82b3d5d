package org.onewindow.platform.calendar;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.platform.clock.CalendarRules;
import org.onewindow.platform.clock.CalendarYear;
import org.onewindow.platform.clock.OfficialCalendars;
import org.onewindow.platform.clock.WorkingDayCalendar;
import org.onewindow.platform.clock.WorkingDays;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.Violation;
import org.onewindow.platform.messaging.MalformedEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The service's replica of the catalog's working-day calendar (工作日历, 调休), consumed from
 * {@code catalog.calendar}: every year the catalog published, over the official national calendars shipped in
 * platform-clock for the years it has not published (yet). Register it in the service's one subscription:
 *
 * <pre>{@code
 * EventSubscription.forGroup("review")
 *     .on(ApplicationAccepted.class, (event, meta) -> cases.open(event))
 *     .on(CalendarPublished.class, (event, meta) -> calendar.apply(event))
 *     .build();
 * }</pre>
 *
 * The built calendar is cached for {@code onewindow.calendar.cache-ttl} (default 30 s): this instance drops it
 * as soon as it applies a year, other instances of the service (which share the table but not the partition)
 * see the year once their cache expires.
 */
public class CalendarReplica {

    private static final Logger log = LoggerFactory.getLogger(CalendarReplica.class);

    /** A cached calendar; a {@code null} calendar marks the cache stale. */
    private record Snapshot(WorkingDayCalendar calendar, long loadedAt) {
    }

    private final CalendarYearTable table;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final AtomicReference<Snapshot> cached = new AtomicReference<>(new Snapshot(null, 0));

    CalendarReplica(CalendarYearTable table, Duration cacheTtl, LongSupplier nanoTime) {
        this.table = table;
        this.ttlNanos = cacheTtl.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The calendar to count working days on now. */
    public WorkingDayCalendar current() {
        Snapshot seen = cached.get();
        long now = nanoTime.getAsLong();
        if (seen.calendar() != null && now - seen.loadedAt() < ttlNanos) {
            return seen.calendar();
        }
        Snapshot loaded = new Snapshot(merge(table.all()), now);
        // keeps the load only if nothing was applied meanwhile: an apply replaces the reference, so this fails
        cached.compareAndSet(seen, loaded);
        return loaded.calendar();
    }

    /** {@link WorkingDays} on {@link #current()}. */
    public WorkingDays workingDays() {
        return WorkingDays.on(current());
    }

    /**
     * Handles {@code catalog.CalendarPublished}: a newer version replaces its year, an equal or older one (a
     * compacted topic replays) is ignored. Runs in the caller's transaction (the inbox's, when consumed).
     *
     * @throws MalformedEventException when the year is not a valid calendar: it can never be stored, so the record
     *     goes straight to the dead-letter topic instead of being retried
     */
    public void apply(CalendarPublished published) {
        verify(published);
        if (table.store(published)) {
            log.info("calendar {} version {} received: {} holidays, {} adjusted workdays", published.year(),
                    published.version(), published.holidays().size(), published.adjustedWorkdays().size());
            invalidate();
        } else {
            log.debug("calendar {} version {} ignored: an equal or newer version is held", published.year(),
                    published.version());
        }
    }

    static String source(int version) {
        return "catalog.calendar v" + version;
    }

    /** The official calendars, each year the catalog published replacing the shipped one. */
    static WorkingDayCalendar merge(List<CalendarYear> published) {
        WorkingDayCalendar calendar = OfficialCalendars.china();
        for (CalendarYear year : published) {
            calendar = calendar.with(year);
        }
        return calendar;
    }

    /**
     * The consumer's verdict on a published calendar: {@link CalendarRules}, the same function the catalog's API
     * applies before it publishes, on the lists exactly as received (a duplicate is seen, not folded into a set).
     *
     * @throws MalformedEventException listing every broken rule when the calendar can never be stored
     */
    public static void verify(CalendarPublished published) {
        if (published.version() < 1) {
            throw new MalformedEventException("calendar " + published.year() + " has version " + published.version()
                    + "; versions start at 1");
        }
        List<Violation> violations = CalendarRules.check(published.year(), published.holidays(),
                published.adjustedWorkdays());
        if (!violations.isEmpty()) {
            throw new MalformedEventException("calendar " + published.year() + " version " + published.version()
                    + " is invalid: " + new RuleViolation(violations).getMessage());
        }
    }

    /** Drops the cache now and again once the storing transaction ends, so no reader keeps a pre-commit load. */
    private void invalidate() {
        cached.set(new Snapshot(null, 0));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cached.set(new Snapshot(null, 0));
                }
            });
        }
    }
}
