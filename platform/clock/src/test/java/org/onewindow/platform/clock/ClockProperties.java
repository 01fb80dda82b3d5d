package org.onewindow.platform.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.random.Generator;
import org.onewindow.platform.test.random.Randomized;

/**
 * Laws of the clock over the shipped 2025-2026 calendar (and the weekday fallback around it), each checked on
 * {@value #CASES} seeded random cases (a failure prints the seed to replay it).
 */
class ClockProperties {

    private static final int CASES = 1000;
    private static final WorkingDayCalendar CHINA = OfficialCalendars.china();
    private static final WorkingDays DAYS = WorkingDays.on(CHINA);
    private static final LocalDate FIRST = LocalDate.of(2024, 12, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 31);

    private static LocalDate day(Generator any) {
        return any.dateBetween(FIRST, LAST);
    }

    @Test
    void adding_then_counting_gives_back_n() {
        Randomized.check(CASES, any -> {
            LocalDate start = day(any);
            int n = any.intBetween(0, 70);

            assertThat(DAYS.workingDaysBetween(start, DAYS.deadline(start, n))).isEqualTo(n);
        });
    }

    @Test
    void a_deadline_never_lands_on_a_day_off() {
        Randomized.check(CASES, any -> {
            LocalDate start = day(any);
            int n = any.intBetween(1, 70);

            LocalDate deadline = DAYS.deadline(start, n);

            assertThat(CHINA.isWorkingDay(deadline)).isTrue();
            assertThat(deadline).isAfter(start);
            assertThat(DAYS.workingDaysBetween(start, deadline.minusDays(1))).isEqualTo(n - 1);
        });
    }

    @Test
    void pauses_never_shorten_a_deadline_and_move_it_by_the_paused_working_days() {
        Randomized.check(CASES, any -> {
            LocalDate accepted = day(any);
            int promised = any.intBetween(0, 45);
            LocalDate pauseStart = accepted.plusDays(any.intBetween(0, 30));
            Pause pause = new Pause(pauseStart, pauseStart.plusDays(any.intBetween(0, 40)), "补正", "clerk");
            CaseClock clock = CaseClock.start(CHINA, accepted, promised, promised + 10);

            CaseClock paused = clock.paused(pause);

            assertThat(paused.promisedDeadline()).isAfterOrEqualTo(clock.promisedDeadline());
            assertThat(paused.statutoryDeadline()).isAfterOrEqualTo(clock.statutoryDeadline());
            assertThat(CHINA.isWorkingDay(paused.promisedDeadline()) || promised == 0).isTrue();
            if (pauseStart.isBefore(clock.promisedDeadline())) {
                int pausedDays = DAYS.workingDaysBetween(pause.start(), pause.end());
                assertThat(paused.promisedDeadline()).isEqualTo(DAYS.deadline(accepted, promised + pausedDays));
            } else {
                assertThat(paused.promisedDeadline()).isEqualTo(clock.promisedDeadline());
            }
        });
    }

    @Test
    void used_plus_left_is_the_promised_limit_and_used_never_decreases() {
        Randomized.check(CASES, any -> {
            LocalDate accepted = day(any);
            int promised = any.intBetween(0, 45);
            LocalDate pauseStart = accepted.plusDays(any.intBetween(0, 30));
            int length = any.intBetween(0, 40);
            LocalDate asOf = accepted.plusDays(any.intBetween(0, 120));
            CaseClock clock = CaseClock.start(CHINA, accepted, promised, promised)
                    .paused(Pause.open(pauseStart, "听证", "clerk"));
            CaseClock resumed = clock.resumed(pauseStart.plusDays(length));

            assertThat(resumed.workingDaysUsed(asOf) + resumed.workingDaysLeft(asOf)).isEqualTo(promised);
            assertThat(resumed.workingDaysUsed(asOf.plusDays(1))).isGreaterThanOrEqualTo(resumed.workingDaysUsed(asOf));
            assertThat(clock.workingDaysUsed(asOf)).isLessThanOrEqualTo(resumed.workingDaysUsed(asOf));
            if (asOf.isAfter(pauseStart)) {
                assertThat(clock.warning(asOf)).isEqualTo(clock.warning(pauseStart)); // frozen while paused
            }
        });
    }

    @Test
    void an_extension_only_moves_the_statutory_deadline() {
        Randomized.check(CASES, any -> {
            LocalDate accepted = day(any);
            int promised = any.intBetween(0, 20);
            int extension = any.intBetween(1, 15);
            CaseClock clock = CaseClock.start(CHINA, accepted, promised, 20);

            CaseClock extended = clock.extended(new Extension(extension, "head", "complex case"));

            assertThat(extended.promisedDeadline()).isEqualTo(clock.promisedDeadline());
            assertThat(extended.statutoryDeadline()).isAfter(clock.statutoryDeadline());
            assertThat(extended.statutoryDeadline()).isEqualTo(DAYS.deadline(accepted, 20 + extension));
        });
    }

    @Test
    void any_valid_calendar_year_round_trips_through_the_text_format() {
        Randomized.check(CASES, any -> {
            int year = any.intBetween(1990, 2100);
            int holidayCount = any.intBetween(0, 40);
            int workdayCount = any.intBetween(0, 8);
            Random random = new Random(any.anyLong());
            LocalDate first = LocalDate.of(year, 1, 1);
            int length = first.lengthOfYear();
            Set<LocalDate> holidays = new HashSet<>();
            Set<LocalDate> workdays = new HashSet<>();
            for (int i = 0; i < holidayCount; i++) {
                holidays.add(first.plusDays(random.nextInt(length)));
            }
            for (int i = 0; i < workdayCount; i++) {
                LocalDate day = first.plusDays(random.nextInt(length));
                if (day.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0 && !holidays.contains(day)) {
                    workdays.add(day);
                }
            }
            CalendarYear calendar = new CalendarYear(year, holidays, workdays, "v" + year);

            assertThat(CalendarFormat.parse(CalendarFormat.format(calendar))).isEqualTo(calendar);
        });
    }
}
