package org.onewindow.platform.clock;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Deadlines across the 2025 and 2026 Spring Festival and National Day holidays, 调休 included. */
class WorkingDaysTest {

    private final WorkingDays days = WorkingDays.on(OfficialCalendars.china());

    @Test
    void accepted_on_2026_02_13_with_3_working_days_is_due_2026_02_25_because_saturday_14_february_is_worked() {
        assertThat(days.isWorkingDay(parse("2026-02-14"))).isTrue();
        assertThat(days.deadline(parse("2026-02-13"), 1)).isEqualTo(parse("2026-02-14"));
        assertThat(days.deadline(parse("2026-02-13"), 3)).isEqualTo(parse("2026-02-25"));
    }

    @Test
    void accepted_on_2025_01_24_with_3_working_days_is_due_2025_02_05_counting_sunday_26_january() {
        assertThat(days.deadline(parse("2025-01-24"), 1)).isEqualTo(parse("2025-01-26"));
        assertThat(days.deadline(parse("2025-01-24"), 3)).isEqualTo(parse("2025-02-05"));
    }

    @Test
    void national_day_2025_with_mid_autumn_skips_1_to_8_october_and_counts_sunday_28_september() {
        assertThat(days.deadline(parse("2025-09-26"), 2)).isEqualTo(parse("2025-09-29"));
        assertThat(days.deadline(parse("2025-09-26"), 5)).isEqualTo(parse("2025-10-10"));
        assertThat(days.nextWorkingDay(parse("2025-10-10"))).isEqualTo(parse("2025-10-11")); // Saturday, worked
    }

    @Test
    void national_day_2026_skips_1_to_7_october_and_counts_saturday_10_october() {
        assertThat(days.deadline(parse("2026-09-30"), 2)).isEqualTo(parse("2026-10-09"));
        assertThat(days.deadline(parse("2026-09-30"), 3)).isEqualTo(parse("2026-10-10"));
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
