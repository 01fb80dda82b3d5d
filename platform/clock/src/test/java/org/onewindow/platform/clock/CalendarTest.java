package org.onewindow.platform.clock;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.Violation;

class CalendarTest {

    @Test
    void the_shipped_2025_calendar_matches_the_state_council_notice() {
        CalendarYear y2025 = OfficialCalendars.year(2025).orElseThrow();

        assertThat(y2025.adjustedWorkdays()).containsExactlyInAnyOrder(parse("2025-01-26"), parse("2025-02-08"),
                parse("2025-04-27"), parse("2025-09-28"), parse("2025-10-11"));
        assertThat(y2025.holidays()).contains(parse("2025-01-01"), parse("2025-01-28"), parse("2025-02-04"),
                parse("2025-04-04"), parse("2025-05-05"), parse("2025-06-02"), parse("2025-10-08"));
        assertThat(y2025.holidays()).doesNotContain(parse("2025-02-05"), parse("2025-10-09"));
        assertThat(y2025.version()).contains("国办发明电〔2024〕12号");
    }

    @Test
    void the_shipped_2026_calendar_matches_the_state_council_notice() {
        CalendarYear y2026 = OfficialCalendars.year(2026).orElseThrow();

        assertThat(y2026.adjustedWorkdays()).containsExactlyInAnyOrder(parse("2026-01-04"), parse("2026-02-14"),
                parse("2026-02-28"), parse("2026-05-09"), parse("2026-09-20"), parse("2026-10-10"));
        // 3 + 9 + 3 + 5 + 3 + 3 + 7 days off (holidays and the weekends inside them)
        assertThat(y2026.holidays()).hasSize(33).contains(parse("2026-02-15"), parse("2026-02-23"),
                parse("2026-06-19"), parse("2026-09-25"), parse("2026-10-07"));
        assertThat(OfficialCalendars.year(2031)).isEmpty();
        assertThat(OfficialCalendars.china().years()).containsExactly(2025, 2026);
    }

    @Test
    void an_adjusted_workday_is_worked_and_a_holiday_weekday_is_not() {
        WorkingDayCalendar china = OfficialCalendars.china();

        assertThat(parse("2026-02-28").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(china.isWorkingDay(parse("2026-02-28"))).isTrue();
        assertThat(china.isWorkingDay(parse("2026-02-23"))).isFalse(); // Monday, 春节
        assertThat(china.isWorkingDay(parse("2026-03-07"))).isFalse(); // an ordinary Saturday
        assertThat(WorkingDayCalendar.weekdaysOnly().isWorkingDay(parse("2026-02-23"))).isTrue();
    }

    @Test
    void the_text_format_round_trips_and_writes_ranges() {
        CalendarYear y2026 = OfficialCalendars.year(2026).orElseThrow();

        String text = CalendarFormat.format(y2026);

        assertThat(text).contains("holiday 2026-02-15..2026-02-23\n", "workday 2026-02-14\n", "year 2026\n");
        assertThat(CalendarFormat.parse(text)).isEqualTo(y2026);
    }

    @Test
    void every_bad_line_is_reported_with_its_number() {
        String text = """
                year 2026
                holiday 2026-02-30
                holidays 2026-03-01
                workday 2026-03-09..2026-03-08
                """;

        assertThatThrownBy(() -> CalendarFormat.parse(text)).isInstanceOfSatisfying(RuleViolation.class, e ->
                assertThat(e.violations()).extracting(Violation::rule, Violation::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("calendar.date", "line 2: '2026-02-30' is not a date yyyy-MM-dd"),
                        org.assertj.core.groups.Tuple.tuple("calendar.syntax",
                                "line 3: unknown keyword 'holidays' (expected year, version, holiday or workday)"),
                        org.assertj.core.groups.Tuple.tuple("calendar.date", "line 4: range 2026-03-09..2026-03-08 ends before it starts"),
                        org.assertj.core.groups.Tuple.tuple("calendar.missing", "no 'version' line")));
    }

    @Test
    void a_calendar_year_rejects_dates_outside_the_year_double_entries_and_weekday_workdays() {
        assertThatThrownBy(() -> new CalendarYear(2026,
                Set.of(parse("2025-12-31"), parse("2026-02-14")),
                Set.of(parse("2026-02-14"), parse("2026-03-04")), "test"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("holidays[0]", "calendar.date-outside-year"),
                                org.assertj.core.groups.Tuple.tuple("holidays[1]", "calendar.holiday-and-workday"),
                                org.assertj.core.groups.Tuple.tuple("adjustedWorkdays[1]", "calendar.workday-not-weekend")));
        assertThatThrownBy(() -> new CalendarYear(2026, Set.of(), Set.of(), " "))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.first().rule()).isEqualTo("calendar.version-required"));
    }

    @Test
    void a_newer_calendar_replaces_its_year_and_duplicates_are_refused() {
        CalendarYear y2026 = OfficialCalendars.year(2026).orElseThrow();
        LocalDate localHoliday = parse("2026-03-09");
        Set<LocalDate> holidays = new java.util.HashSet<>(y2026.holidays());
        holidays.add(localHoliday);
        CalendarYear local = new CalendarYear(2026, holidays, y2026.adjustedWorkdays(), "local 2026-01");

        WorkingDayCalendar calendar = OfficialCalendars.china().with(local);

        assertThat(calendar.isWorkingDay(localHoliday)).isFalse();
        assertThat(calendar.version()).contains("2026=local 2026-01").contains("2025=国办发明电");
        assertThatThrownBy(() -> WorkingDayCalendar.of(y2026, local))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.first().rule()).isEqualTo("calendar.duplicate-year"));
    }
}
