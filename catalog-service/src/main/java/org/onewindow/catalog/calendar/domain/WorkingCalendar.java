package org.onewindow.catalog.calendar.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.onewindow.platform.clock.CalendarRules;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StoredAggregate;
import org.onewindow.platform.kernel.Violation;

/**
 * 工作日历 of one year: its latest published version. Each publication is a new version (the history stays
 * readable); the version number is the aggregate's version, so a client's {@code If-Match} names the calendar it
 * read. Checked with platform-clock's {@link CalendarRules}, the function every consumer's replica applies.
 */
public final class WorkingCalendar extends StoredAggregate<CalendarEvent> {

    /** Audit subject prefix: calendar years and item codes share the audit trail. */
    public static final String SUBJECT_PREFIX = "calendar:";

    private final int year;
    private List<LocalDate> holidays;
    private List<LocalDate> adjustedWorkdays;
    private String publishedBy;
    private String reason;
    private Instant publishedAt;

    public WorkingCalendar(int year, long version, List<LocalDate> holidays, List<LocalDate> adjustedWorkdays,
                           String publishedBy, String reason, Instant publishedAt) {
        super(version);
        this.year = year;
        this.holidays = List.copyOf(holidays);
        this.adjustedWorkdays = List.copyOf(adjustedWorkdays);
        this.publishedBy = publishedBy;
        this.reason = reason;
        this.publishedAt = publishedAt;
    }

    /** The first calendar of a year. */
    public static WorkingCalendar first(int year, List<LocalDate> holidays, List<LocalDate> adjustedWorkdays,
                                        AuditActor by, String reason, Instant at) {
        WorkingCalendar calendar = new WorkingCalendar(year, 0, List.of(), List.of(), null, null, null);
        calendar.publish(holidays, adjustedWorkdays, by, reason, at);
        return calendar;
    }

    /** Publishes the next version (sorted, each date once), with its event and audit line. */
    public void publish(List<LocalDate> newHolidays, List<LocalDate> newWorkdays, AuditActor by, String why,
                        Instant at) {
        List<Violation> violations = CalendarRules.check(year, newHolidays, newWorkdays);
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        holidays = newHolidays.stream().sorted().distinct().toList();
        adjustedWorkdays = newWorkdays.stream().sorted().distinct().toList();
        publishedBy = by.userId();
        reason = why;
        publishedAt = at;
        long next = version() + 1; // the store writes each publication as the next version
        changes().registerEvent(new CalendarEvent.Published(year, next, holidays, adjustedWorkdays, at));
        changes().audit(AuditEntry.of(at, "CALENDAR_PUBLISHED", by, "version " + next + ": " + why));
    }

    public int year() {
        return year;
    }

    public List<LocalDate> holidays() {
        return holidays;
    }

    public List<LocalDate> adjustedWorkdays() {
        return adjustedWorkdays;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public String reason() {
        return reason;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String subject() {
        return SUBJECT_PREFIX + year;
    }
}
