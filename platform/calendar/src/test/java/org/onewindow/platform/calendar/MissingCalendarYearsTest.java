package org.onewindow.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.clock.CalendarYear;
import org.onewindow.platform.clock.OfficialCalendars;
import org.onewindow.platform.clock.WorkingDayCalendar;

/** The operator's alert names the missing year until the replica holds it (issue 10, item 1). */
class MissingCalendarYearsTest {

    @Test
    void a_reported_year_is_missing_until_its_calendar_is_held() {
        AtomicReference<WorkingDayCalendar> held = new AtomicReference<>(OfficialCalendars.china());
        MissingCalendarYears missing = new MissingCalendarYears(held::get);

        missing.report(List.of(2026, 2027), "case C-1"); // 2026 is held: not missing
        missing.report(List.of(2027), "case C-2");

        assertThat(missing.missing()).containsExactly(2027);
        assertThat(missing.earliest()).isEqualTo(2027);

        held.set(held.get().with(new CalendarYear(2027, Set.of(LocalDate.of(2027, 1, 1)), Set.of(), "v1")));

        assertThat(missing.missing()).isEmpty();
        assertThat(missing.earliest()).isZero();
    }
}
