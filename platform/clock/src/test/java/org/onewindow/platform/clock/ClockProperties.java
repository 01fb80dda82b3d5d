package org.onewindow.platform.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of the clock over the shipped 2025-2026 calendar (and the weekday fallback around it). */
class ClockProperties {

    private static final WorkingDayCalendar CHINA = OfficialCalendars.china();
    private static final WorkingDays DAYS = WorkingDays.on(CHINA);
    private static final LocalDate FIRST = LocalDate.of(2024, 12, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 31);

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(FIRST.toEpochDay(), LAST.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    @Property
    void adding_then_counting_gives_back_n(@ForAll("days") LocalDate start, @ForAll @IntRange(max = 70) int n) {
        assertThat(DAYS.workingDaysBetween(start, DAYS.deadline(start, n))).isEqualTo(n);
    }

    @Property
    void a_deadline_never_lands_on_a_day_off(@ForAll("days") LocalDate start, @ForAll @IntRange(min = 1, max = 70) int n) {
        LocalDate deadline = DAYS.deadline(start, n);

        assertThat(CHINA.isWorkingDay(deadline)).isTrue();
        assertThat(deadline).isAfter(start);
        assertThat(DAYS.workingDaysBetween(start, deadline.minusDays(1))).isEqualTo(n - 1);
    }

    @Property
    void pauses_never_shorten_a_deadline_and_move_it_by_the_paused_working_days(
            @ForAll("days") LocalDate accepted, @ForAll @IntRange(max = 45) int promised,
            @ForAll @IntRange(max = 30) int startOffset, @ForAll @IntRange(max = 40) int length) {
        CaseClock clock = CaseClock.start(CHINA, accepted, promised, promised + 10);
        LocalDate pauseStart = accepted.plusDays(startOffset);
        Pause pause = new Pause(pauseStart, pauseStart.plusDays(length), "补正", "clerk");

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
    }

    @Property
    void used_plus_left_is_the_promised_limit_and_used_never_decreases(
            @ForAll("days") LocalDate accepted, @ForAll @IntRange(max = 45) int promised,
            @ForAll @IntRange(max = 30) int startOffset, @ForAll @IntRange(max = 40) int length,
            @ForAll @IntRange(max = 120) int asOfOffset) {
        LocalDate pauseStart = accepted.plusDays(startOffset);
        CaseClock clock = CaseClock.start(CHINA, accepted, promised, promised)
                .paused(Pause.open(pauseStart, "听证", "clerk"));
        CaseClock resumed = clock.resumed(pauseStart.plusDays(length));
        LocalDate asOf = accepted.plusDays(asOfOffset);

        assertThat(resumed.workingDaysUsed(asOf) + resumed.workingDaysLeft(asOf)).isEqualTo(promised);
        assertThat(resumed.workingDaysUsed(asOf.plusDays(1))).isGreaterThanOrEqualTo(resumed.workingDaysUsed(asOf));
        assertThat(clock.workingDaysUsed(asOf)).isLessThanOrEqualTo(resumed.workingDaysUsed(asOf));
        if (asOf.isAfter(pauseStart)) {
            assertThat(clock.warning(asOf)).isEqualTo(clock.warning(pauseStart)); // frozen while paused
        }
    }

    @Property
    void an_extension_only_moves_the_statutory_deadline(
            @ForAll("days") LocalDate accepted, @ForAll @IntRange(max = 20) int promised,
            @ForAll @IntRange(min = 1, max = 15) int extension) {
        CaseClock clock = CaseClock.start(CHINA, accepted, promised, 20);

        CaseClock extended = clock.extended(new Extension(extension, "head", "complex case"));

        assertThat(extended.promisedDeadline()).isEqualTo(clock.promisedDeadline());
        assertThat(extended.statutoryDeadline()).isAfter(clock.statutoryDeadline());
        assertThat(extended.statutoryDeadline()).isEqualTo(DAYS.deadline(accepted, 20 + extension));
    }

    @Property
    void any_valid_calendar_year_round_trips_through_the_text_format(
            @ForAll @IntRange(min = 1990, max = 2100) int year,
            @ForAll @IntRange(max = 40) int holidayCount, @ForAll @IntRange(max = 8) int workdayCount,
            @ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
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
        CalendarYear calendar = new CalendarYear(year, holidays, workdays, "v" + seed);

        assertThat(CalendarFormat.parse(CalendarFormat.format(calendar))).isEqualTo(calendar);
    }
}
