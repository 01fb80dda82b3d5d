package org.onewindow.supervision.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.clock.CalendarYear;
import org.onewindow.platform.clock.WorkingDayCalendar;

class CalendarsTest {

    @Test
    void without_a_published_calendar_the_official_national_one_applies() {
        WorkingDayCalendar calendar = Calendars.merge(List.of());

        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-01"))).as("国庆节").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-09-28"))).as("调休 Sunday").isTrue();
    }

    @Test
    void a_year_the_catalog_published_replaces_the_official_one() {
        // a locality that also closes on 2025-11-14 (Friday), with no 调休 at all
        CalendarYear local = new CalendarYear(2025, Set.of(LocalDate.parse("2025-11-14")), Set.of(), "catalog v7");

        WorkingDayCalendar calendar = Calendars.merge(List.of(local));

        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-11-14"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-09-28"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).as("2026 still official").isFalse();
    }
}
