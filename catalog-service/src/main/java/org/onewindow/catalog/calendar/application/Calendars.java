package org.onewindow.catalog.calendar.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.onewindow.catalog.calendar.domain.CalendarEvent;
import org.onewindow.catalog.calendar.domain.WorkingCalendar;
import org.onewindow.platform.clock.CalendarYear;
import org.onewindow.platform.clock.OfficialCalendars;
import org.onewindow.platform.commands.Command;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.commands.IfMatch;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.StateConflict;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;

/**
 * Publishes a year's holidays and adjusted workdays (调休) as a new version through the command path, with its
 * event. At start-up the official calendars shipped with platform-clock are published for every year not yet
 * present: the clocks of the other services need them, demo data or not.
 */
@Service
public class Calendars implements ApplicationRunner {

    /** The service itself, as {@code publishedBy} has always named it for the shipped calendars. */
    static final AuditActor CATALOG = new AuditActor("catalog-service", "OneWindow catalog", AuditActor.SYSTEM_ROLE,
            null, AuditActor.system("catalog").principal());

    private final CommandPath<Integer, WorkingCalendar, CalendarEvent> calendars;
    private final CalendarReads reads;
    private final Clock clock;

    public Calendars(CommandPath<Integer, WorkingCalendar, CalendarEvent> calendars, CalendarReads reads, Clock clock) {
        this.calendars = calendars;
        this.reads = reads;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (CalendarYear official : OfficialCalendars.shipped()) {
            if (latest(official.year()).isEmpty()) {
                try {
                    publish(official.year(), List.copyOf(official.holidays()), List.copyOf(official.adjustedWorkdays()),
                            null, CATALOG, "国务院办公厅节假日安排 " + official.year());
                } catch (StateConflict seededByAnotherInstance) {
                    // several instances starting at once (./run-local.sh --instances=N) ship the same calendar: the
                    // first one's version stands; anything else is a real conflict
                    if (latest(official.year()).isEmpty()) {
                        throw seededByAnotherInstance;
                    }
                }
            }
        }
    }

    /** A new version of the year's calendar; {@code ifMatch}, when given, must name the latest version. */
    public CalendarReads.CalendarVersion publish(int year, List<LocalDate> holidays, List<LocalDate> adjustedWorkdays,
                                                 String ifMatch, AuditActor actor, String reason) {
        var at = clock.instant();
        Command<WorkingCalendar> command = Command.<WorkingCalendar>of("publish-calendar", actor)
                .ifMatch(ifMatch, IfMatch.WHEN_GIVEN);
        WorkingCalendar published = latest(year).isEmpty()
                ? calendars.create(command, () -> WorkingCalendar.first(year, holidays, adjustedWorkdays, actor, reason, at))
                : calendars.change(year, command, c -> c.publish(holidays, adjustedWorkdays, actor, reason, at));
        return new CalendarReads.CalendarVersion(year, (int) published.version(), published.holidays(),
                published.adjustedWorkdays(), published.publishedBy(), published.reason(),
                published.publishedAt().atOffset(ZoneOffset.UTC));
    }

    public Optional<CalendarReads.CalendarVersion> latest(int year) {
        return history(year).stream().reduce((a, b) -> b);
    }

    public List<CalendarReads.CalendarVersion> history(int year) {
        return reads.history(year);
    }
}
