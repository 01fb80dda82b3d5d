package org.onewindow.platform.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.Violation;

class CalendarRulesTest {

    /** (name, year, holidays, adjusted workdays, the rules broken; none when valid). */
    static Stream<Arguments> calendars() {
        List<LocalDate> tooManyHolidays = new ArrayList<>();
        LocalDate day = LocalDate.parse("2030-01-01");
        for (int i = 0; i <= ListLimits.HOLIDAYS; i++) {
            tooManyHolidays.add(day.plusDays(i));
        }
        return Stream.of(
                Arguments.of("valid: 春节 with a Saturday workday", 2030, dates("2030-02-02", "2030-02-03", "2030-02-04"),
                        dates("2030-01-26"), List.of()),
                Arguments.of("valid: empty year", 2030, List.of(), List.of(), List.of()),
                Arguments.of("adjusted workday on a Wednesday", 2030, List.of(), dates("2030-01-02"),
                        List.of("calendar.workday-not-weekend")),
                Arguments.of("a day both holiday and workday", 2030, dates("2030-01-05"), dates("2030-01-05"),
                        List.of("calendar.holiday-and-workday")),
                Arguments.of("holiday in another year", 2030, dates("2031-01-01"), List.of(),
                        List.of("calendar.date-outside-year")),
                Arguments.of("workday in another year, on a weekday", 2030, List.of(), dates("2029-12-31"),
                        List.of("calendar.date-outside-year", "calendar.workday-not-weekend")),
                Arguments.of("a holiday twice", 2030, dates("2030-05-01", "2030-05-01"), List.of(),
                        List.of("calendar.duplicate-date")),
                Arguments.of("a null date", 2030, Arrays.asList((LocalDate) null), List.of(),
                        List.of("calendar.date-missing")),
                Arguments.of("year out of range", 1800, List.of(), List.of(), List.of("calendar.year-range")),
                Arguments.of("too many holidays", 2030, tooManyHolidays, List.of(), List.of("calendar.too-many-days")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void check_reports_every_broken_rule(String name, int year, List<LocalDate> holidays, List<LocalDate> workdays,
                                         List<String> broken) {
        assertThat(CalendarRules.check(year, holidays, workdays)).extracting(Violation::rule)
                .containsExactlyInAnyOrderElementsOf(broken);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void a_calendar_year_is_built_exactly_when_check_finds_nothing(String name, int year, List<LocalDate> holidays,
                                                                   List<LocalDate> workdays, List<String> broken) {
        boolean built;
        try {
            new CalendarYear(year, new java.util.HashSet<>(holidays), new java.util.HashSet<>(workdays), "test");
            built = true;
        } catch (RuntimeException refused) {
            built = false;
        }
        // a set cannot hold a duplicate: the only rule CalendarYear cannot see, by construction
        boolean onlyDuplicates = broken.stream().allMatch("calendar.duplicate-date"::equals);
        assertThat(built).isEqualTo(broken.isEmpty() || onlyDuplicates);
    }

    @org.junit.jupiter.api.Test
    void violations_name_the_index_in_the_list_as_given() {
        assertThat(CalendarRules.check(2030, dates("2030-01-01", "2030-01-01"), dates("2030-01-09")))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("holidays[1]", "calendar.duplicate-date"),
                        org.assertj.core.groups.Tuple.tuple("adjustedWorkdays[0]", "calendar.workday-not-weekend"));
    }

    private static List<LocalDate> dates(String... days) {
        return Stream.of(days).map(LocalDate::parse).toList();
    }
}
