package org.onewindow.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.clock.CalendarYear;
import org.onewindow.platform.clock.WorkingDayCalendar;

class OfficialFallbackTest {

    @Test
    void without_a_published_calendar_the_official_national_one_applies() {
        WorkingDayCalendar calendar = CalendarReplica.merge(List.of());

        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-01"))).as("国庆节").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-09-28"))).as("调休 Sunday").isTrue();
    }

    @Test
    void a_year_the_catalog_published_replaces_the_official_one_and_only_that_year() {
        // a locality that also closes on 2025-11-14 (Friday), with no 调休 at all
        CalendarYear local = new CalendarYear(2025, Set.of(LocalDate.parse("2025-11-14")), Set.of(), "catalog.calendar v7");

        WorkingDayCalendar calendar = CalendarReplica.merge(List.of(local));

        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-11-14"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-09-28"))).as("official 调休 replaced").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).as("2026 still official").isFalse();
    }
}
