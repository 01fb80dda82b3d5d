package org.onewindow.platform.clock;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;

class CaseClockTest {

    private static final WorkingDayCalendar CHINA = OfficialCalendars.china();

    /** Accepted Monday 2026-03-02, promised 10, statutory 20: due 2026-03-16 and 2026-03-30. */
    private final CaseClock clock = CaseClock.start(CHINA, parse("2026-03-02"), 10, LegalDefaults.STATUTORY_LIMIT);

    @Test
    void a_running_clock_has_both_deadlines() {
        assertThat(clock.promisedDeadline()).isEqualTo(parse("2026-03-16"));
        assertThat(clock.statutoryDeadline()).isEqualTo(parse("2026-03-30"));
        assertThat(clock.workingDaysUsed(parse("2026-03-06"))).isEqualTo(4);
        assertThat(clock.workingDaysLeft(parse("2026-03-06"))).isEqualTo(6);
        assertThat(clock.statutoryWorkingDaysLeft(parse("2026-03-06"))).isEqualTo(16);
        assertThat(clock.workingDaysUsed(parse("2026-03-01"))).isZero();
    }

    @Test
    void given_accepted_on_2026_03_02_and_a_supplement_pause_of_03_04_to_03_10_the_deadline_moves_by_the_4_paused_working_days() {
        CaseClock paused = clock.paused(Pause.open(parse("2026-03-04"), "补正: missing business licence copy", "clerk-1"));
        CaseClock resumed = paused.resumed(parse("2026-03-10"));

        assertThat(resumed.pausedWorkingDays(parse("2026-04-30"))).isEqualTo(4); // 5, 6, 9, 10 March
        assertThat(resumed.promisedDeadline()).isEqualTo(parse("2026-03-20"));
        assertThat(resumed.statutoryDeadline()).isEqualTo(WorkingDays.on(CHINA).deadline(parse("2026-03-02"), 24));
        assertThat(resumed.isPaused()).isFalse();
        assertThat(resumed.isPausedOn(parse("2026-03-04"))).isFalse(); // the day the clock stops still counts
        assertThat(resumed.isPausedOn(parse("2026-03-10"))).isTrue();  // the day it restarts does not
    }

    @Test
    void given_accepted_on_2026_02_02_and_a_pause_over_the_spring_festival_the_deadline_moves_by_the_6_paused_working_days() {
        CaseClock beforeHoliday = CaseClock.start(CHINA, parse("2026-02-02"), 10, 20);
        assertThat(beforeHoliday.promisedDeadline()).isEqualTo(parse("2026-02-14")); // a Saturday worked (调休)

        CaseClock paused = beforeHoliday
                .paused(Pause.open(parse("2026-02-10"), "专家评审 (Art. 45)", "reviewer-7"))
                .resumed(parse("2026-02-25"));

        // paused working days: 11, 12, 13, 14 (Sat, 调休), 24, 25 February; 15-23 are holidays anyway
        assertThat(paused.pausedWorkingDays(parse("2026-12-31"))).isEqualTo(6);
        assertThat(paused.promisedDeadline()).isEqualTo(parse("2026-03-02"));
    }

    @Test
    void while_paused_the_deadline_is_the_one_when_the_clock_stopped_and_used_days_are_frozen() {
        CaseClock paused = clock.paused(Pause.open(parse("2026-03-04"), "检验检测", "clerk-1"));

        assertThat(paused.isPaused()).isTrue();
        assertThat(paused.promisedDeadline()).isEqualTo(parse("2026-03-16"));
        assertThat(paused.promisedDeadline(parse("2026-03-10"))).isEqualTo(parse("2026-03-20"));
        assertThat(paused.workingDaysUsed(parse("2026-03-04"))).isEqualTo(2);
        assertThat(paused.workingDaysUsed(parse("2026-04-30"))).isEqualTo(2);
        assertThat(paused.pausedWorkingDays(parse("2026-03-10"))).isEqualTo(4);
    }

    @Test
    void yellow_one_working_day_before_the_promised_deadline_and_red_past_it() {
        assertThat(clock.warning(parse("2026-03-12"))).isEqualTo(WarningLevel.NONE);   // 2 left
        assertThat(clock.warning(parse("2026-03-13"))).isEqualTo(WarningLevel.YELLOW); // 1 left
        assertThat(clock.warning(parse("2026-03-15"))).isEqualTo(WarningLevel.YELLOW); // Sunday, still 1 left
        assertThat(clock.warning(parse("2026-03-16"))).isEqualTo(WarningLevel.YELLOW); // due today
        assertThat(clock.warning(parse("2026-03-17"))).isEqualTo(WarningLevel.RED);
    }

    @Test
    void red_as_soon_as_the_deadline_date_has_passed_even_on_a_day_off() {
        CaseClock dueFriday = CaseClock.start(CHINA, parse("2026-03-02"), 4, 20); // due Friday 2026-03-06

        assertThat(dueFriday.warning(parse("2026-03-07"))).isEqualTo(WarningLevel.RED);
        assertThat(dueFriday.workingDaysLeft(parse("2026-03-07"))).isZero();
    }

    @Test
    void a_locality_can_warn_earlier() {
        CaseClock threeDays = clock.withWarningPolicy(new WarningPolicy(3));

        assertThat(threeDays.warning(parse("2026-03-10"))).isEqualTo(WarningLevel.NONE);   // 4 left
        assertThat(threeDays.warning(parse("2026-03-11"))).isEqualTo(WarningLevel.YELLOW); // 3 left
    }

    @Test
    void a_yellow_light_stays_yellow_while_paused_and_the_deadline_moves_on_resumption() {
        CaseClock paused = clock.paused(Pause.open(parse("2026-03-13"), "听证", "clerk-2"));

        assertThat(paused.warning(parse("2026-03-13"))).isEqualTo(WarningLevel.YELLOW);
        assertThat(paused.warning(parse("2026-03-25"))).isEqualTo(WarningLevel.YELLOW);

        CaseClock resumed = paused.resumed(parse("2026-03-20"));
        assertThat(resumed.promisedDeadline()).isEqualTo(parse("2026-03-23"));
        assertThat(resumed.warning(parse("2026-03-18"))).isEqualTo(WarningLevel.YELLOW); // inside the closed pause
        assertThat(resumed.warning(parse("2026-03-23"))).isEqualTo(WarningLevel.YELLOW);
        assertThat(resumed.warning(parse("2026-03-24"))).isEqualTo(WarningLevel.RED);
    }

    @Test
    void a_red_light_stays_red_while_paused() {
        CaseClock paused = clock.paused(Pause.open(parse("2026-03-18"), "补正", "clerk-2"));

        assertThat(paused.warning(parse("2026-03-30"))).isEqualTo(WarningLevel.RED);
        assertThat(paused.workingDaysLeft(parse("2026-03-30"))).isEqualTo(-2);
    }

    @Test
    void an_extension_moves_only_the_statutory_deadline() {
        CaseClock extended = clock.extended(new Extension(LegalDefaults.STATUTORY_EXTENSION, "head-1", "现场核查"));

        assertThat(extended.promisedDeadline()).isEqualTo(clock.promisedDeadline());
        assertThat(extended.extendedStatutoryLimit()).isEqualTo(30);
        assertThat(extended.statutoryLimit()).isEqualTo(20);
        assertThat(extended.statutoryDeadline()).isEqualTo(parse("2026-04-14")); // 清明 4-6 April skipped
    }

    @Test
    void pausing_twice_or_resuming_a_running_clock_is_a_state_conflict() {
        CaseClock paused = clock.paused(Pause.open(parse("2026-03-04"), "补正", "clerk-1"));

        assertThatThrownBy(() -> paused.paused(Pause.open(parse("2026-03-05"), "听证", "clerk-1")))
                .isInstanceOfSatisfying(StateConflict.class, e -> {
                    assertThat(e.rule()).isEqualTo("clock.already-paused");
                    assertThat(e.getMessage()).contains("2026-03-04");
                });
        assertThatThrownBy(() -> clock.resumed(parse("2026-03-05")))
                .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.rule()).isEqualTo("clock.not-paused"));
    }

    @Test
    void inconsistent_limits_and_pauses_are_rule_violations() {
        assertRule(() -> CaseClock.start(CHINA, parse("2026-03-02"), 25, 20), "clock.promised-exceeds-statutory");
        assertRule(() -> CaseClock.start(CHINA, parse("2026-03-02"), -1, 20), "clock.limit-negative");
        assertRule(() -> clock.paused(Pause.open(parse("2026-03-01"), "补正", "c")), "clock.pause-before-acceptance");
        assertRule(() -> clock.paused(new Pause(parse("2026-03-04"), parse("2026-03-10"), "补正", "c"))
                .paused(Pause.open(parse("2026-03-09"), "听证", "c")), "clock.pause-overlaps");
        assertRule(() -> clock.paused(Pause.open(parse("2026-03-04"), "补正", "c")).resumed(parse("2026-03-03")),
                "clock.pause-ends-before-start");
        assertRule(() -> Pause.open(parse("2026-03-04"), " ", "c"), "clock.pause-reason-required");
        assertRule(() -> new Extension(0, "head", "x"), "clock.extension-positive");
        assertRule(() -> CaseClock.restore(CHINA, parse("2026-03-02"), 10, 20,
                List.of(Pause.open(parse("2026-03-03"), "a", "c"), Pause.open(parse("2026-03-05"), "b", "c")),
                List.of(), null), "clock.pause-open");
    }

    @Test
    void a_restored_clock_equals_the_one_built_step_by_step() {
        CaseClock built = clock.paused(Pause.open(parse("2026-03-04"), "补正", "c")).resumed(parse("2026-03-10"))
                .extended(new Extension(10, "head", "r"));
        CaseClock restored = CaseClock.restore(CHINA, parse("2026-03-02"), 10, 20, built.pauses(), built.extensions(),
                WarningPolicy.DEFAULT);

        assertThat(restored.promisedDeadline()).isEqualTo(built.promisedDeadline());
        assertThat(restored.statutoryDeadline()).isEqualTo(built.statutoryDeadline());
        assertThat(restored.pauses()).isEqualTo(built.pauses());
    }

    @Test
    void an_immediate_item_is_due_on_the_day_of_acceptance() {
        CaseClock immediate = CaseClock.start(CHINA, parse("2026-03-02"), 0, 0);

        assertThat(immediate.promisedDeadline()).isEqualTo(parse("2026-03-02"));
        assertThat(immediate.warning(parse("2026-03-02"))).isEqualTo(WarningLevel.YELLOW);
        assertThat(immediate.warning(parse("2026-03-03"))).isEqualTo(WarningLevel.RED);
    }

    private static void assertRule(Runnable action, String rule) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.violations()).extracting(v -> v.rule()).contains(rule));
    }
}
