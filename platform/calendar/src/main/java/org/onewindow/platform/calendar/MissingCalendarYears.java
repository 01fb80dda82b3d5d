package org.onewindow.platform.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.onewindow.platform.clock.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's alert for deadlines counted without a published calendar: a service that computed a deadline
 * reaching a year the catalog has not published (counted Monday to Friday, so 元旦 and the Spring Festival are
 * worked) reports the year here. The first report of a year logs a WARN naming it; the gauge
 * {@value #GAUGE} shows the earliest such year still unpublished (0 when none) and the {@code calendar} health
 * details list them. A year drops out as soon as the replica holds its calendar.
 */
public class MissingCalendarYears {

    /** Gauge: the earliest year a stored deadline needs whose calendar is not published; 0 when none. */
    public static final String GAUGE = "onewindow.calendar.missing.year";

    private static final Logger log = LoggerFactory.getLogger(MissingCalendarYears.class);

    private final Supplier<WorkingDayCalendar> calendar;
    private final Set<Integer> reported = ConcurrentHashMap.newKeySet();

    public MissingCalendarYears(Supplier<WorkingDayCalendar> calendar) {
        this.calendar = calendar;
    }

    /**
     * {@code subject} (e.g. a case number) has a deadline counting days of {@code years} without their calendar.
     * Years the calendar covers by now are ignored.
     */
    public void report(Collection<Integer> years, String subject) {
        WorkingDayCalendar current = calendar.get();
        for (Integer year : years) {
            if (covered(current, year)) {
                continue;
            }
            if (reported.add(year)) {
                log.warn("calendar {} not published: deadlines that reach it are counted Monday to Friday and marked"
                        + " provisional (first: {}); publish it in the catalog (PUT /calendars/{})", year, subject, year);
            } else {
                log.debug("deadline of {} provisional: calendar {} not published", subject, year);
            }
        }
    }

    /** The reported years whose calendar is still missing, earliest first. */
    public SortedSet<Integer> missing() {
        WorkingDayCalendar current = calendar.get();
        reported.removeIf(year -> covered(current, year));
        return new TreeSet<>(reported);
    }

    /** The earliest missing year, 0 when none (the gauge's value). */
    public int earliest() {
        SortedSet<Integer> missing = missing();
        return missing.isEmpty() ? 0 : missing.first();
    }

    private static boolean covered(WorkingDayCalendar calendar, int year) {
        return calendar.covers(LocalDate.of(year, 1, 1));
    }
}
