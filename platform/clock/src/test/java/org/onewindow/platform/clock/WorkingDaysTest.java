package org.onewindow.platform.clock;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines across the 2025 and 2026 Spring Festival and National Day holidays, 调休 included. */
class WorkingDaysTest {

    private final WorkingDays days = WorkingDays.on(OfficialCalendars.china());

    @ParameterizedTest(name = "accepted {0} + {1} working days = {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-13 | 1 | 2026-02-14 | Saturday 14 February 2026 is worked (调休)
            2026-02-13 | 3 | 2026-02-25 | Spring Festival 2026 skipped, Saturday 14 February counted
            2025-01-24 | 1 | 2025-01-26 | Sunday 26 January 2025 is worked (调休)
            2025-01-24 | 3 | 2025-02-05 | Spring Festival 2025 skipped, Sunday 26 January counted
            2025-09-26 | 2 | 2025-09-29 | Sunday 28 September 2025 is worked (调休)
            2025-09-26 | 5 | 2025-10-10 | National Day with Mid-Autumn 2025 skips 1 to 8 October
            2026-09-30 | 2 | 2026-10-09 | National Day 2026 skips 1 to 7 October
            2026-09-30 | 3 | 2026-10-10 | Saturday 10 October 2026 is worked (调休)
            """)
    void deadlines_across_the_spring_festival_and_national_day_holidays(LocalDate accepted, int workingDays,
                                                                        LocalDate due, String why) {
        assertThat(days.deadline(accepted, workingDays)).isEqualTo(due);
    }

    @Test
    void adjusted_weekend_workdays_are_working_days() {
        assertThat(days.isWorkingDay(parse("2026-02-14"))).isTrue();
        assertThat(days.nextWorkingDay(parse("2025-10-10"))).isEqualTo(parse("2025-10-11")); // Saturday, worked
    }

    @Test
    void the_statutory_20_days_from_new_years_eve_2025_cross_into_the_2026_calendar() {
        assertThat(days.deadline(parse("2025-12-31"), 20)).isEqualTo(parse("2026-01-29"));
        assertThat(days.workingDaysBetween(parse("2025-12-31"), parse("2026-01-29"))).isEqualTo(20);
    }

    @Test
    void the_day_of_acceptance_is_not_counted_and_zero_days_is_the_same_day() {
        assertThat(days.deadline(parse("2026-03-02"), 0)).isEqualTo(parse("2026-03-02"));
        assertThat(days.workingDaysBetween(parse("2026-03-02"), parse("2026-03-02"))).isZero();
        assertThat(days.workingDaysBetween(parse("2026-03-02"), parse("2026-03-03"))).isEqualTo(1);
        assertThat(days.workingDaysBetween(parse("2026-03-03"), parse("2026-03-02"))).isEqualTo(-1);
        assertThatThrownBy(() -> days.deadline(parse("2026-03-02"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_year_without_a_published_calendar_falls_back_to_monday_to_friday() {
        LocalDate newYear2027 = parse("2027-01-01"); // a public holiday, but 2027 is not published yet

        assertThat(OfficialCalendars.china().covers(newYear2027)).isFalse();
        assertThat(OfficialCalendars.china().covers(parse("2026-12-31"))).isTrue();
        assertThat(days.isWorkingDay(newYear2027)).isTrue();
        assertThat(days.deadline(parse("2026-12-25"), 5)).isEqualTo(newYear2027);
    }

    @Test
    void working_day_on_or_after_keeps_a_working_day_and_skips_a_holiday() {
        assertThat(days.workingDayOnOrAfter(parse("2026-03-02"))).isEqualTo(parse("2026-03-02"));
        assertThat(days.workingDayOnOrAfter(parse("2026-10-01"))).isEqualTo(parse("2026-10-08"));
    }
}
