package org.onewindow.review.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.review.cases.domain.Fixtures.CALENDAR_2026;
import static org.onewindow.review.cases.domain.Fixtures.NOW;
import static org.onewindow.review.cases.domain.Fixtures.reviewer;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The parts ReviewCase's clock is made of, on their own: its pauses, the legal clock, the route and the due warnings. */
class ClockPartsTest {

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    @Test
    void a_notice_dated_before_the_pause_started_ends_it_that_day_with_no_working_day_lost() {
        Pauses pauses = new Pauses(List.of());
        Pause supplement = pauses.start(PauseKind.SUPPLEMENT, "supplement requested by MARKET", "r", day(3, 5));

        Pause ended = pauses.end(supplement, day(3, 3), CALENDAR_2026);

        assertThat(ended.resumedOn()).isEqualTo(day(3, 5));
        assertThat(ended.workingDaysLost()).isZero();
        assertThat(pauses.open()).isEmpty();
        assertThat(pauses.list()).containsExactly(ended);
    }

    @Test
    void a_supplement_notice_ends_only_the_open_supplement_it_answers() {
        Pauses pauses = new Pauses(List.of());
        Pause hearing = pauses.start(PauseKind.HEARING, "听证", "r", day(3, 3));
        assertThat(pauses.awaitedSupplement(null)).isEmpty(); // a special procedure is not a supplement
        pauses.end(hearing, day(3, 4), CALENDAR_2026);
        Pause supplement = pauses.start(PauseKind.SUPPLEMENT, "supplement requested by MARKET", "r", day(3, 4));

        assertThat(pauses.awaitedSupplement(UUID.randomUUID())).isEmpty();
        assertThat(pauses.awaitedSupplement(supplement.pauseId())).contains(supplement);
        assertThat(pauses.awaitedSupplement(null)).contains(supplement);
    }

    @Test
    void a_step_clock_skips_only_the_paused_days_after_the_step_opened() {
        // a hearing Mon 2 → Fri 6 Mar (Tue–Fri lost), then a step opening on Wed 4 Mar loses only Thu and Fri
        Pauses pauses = new Pauses(List.of(new Pause(UUID.randomUUID(), PauseKind.HEARING, "听证", "r", day(3, 2), day(3, 6), 4)));

        assertThat(pauses.since(day(3, 4))).singleElement().satisfies(p -> {
            assertThat(p.start()).isEqualTo(day(3, 4));
            assertThat(p.end()).isEqualTo(day(3, 6));
        });
        assertThat(pauses.since(day(3, 9))).isEmpty();
        DepartmentTask step = new DepartmentTask(UUID.randomUUID(), "HEALTH", 2, true, TaskStatus.OPEN, null, null, null, null, 3,
                day(3, 4), null, Set.of(), 0);
        LegalClock clock = new LegalClock(Fixtures.accepted(RouteMode.SERIAL, "MARKET", "HEALTH"), pauses, null, CALENDAR_2026);
        clock.refreshStepDeadlines(new Route(RouteMode.SERIAL, List.of(step)));
        assertThat(step.deadline()).isEqualTo(day(3, 11)); // Thu 5, Fri 6 paused: Mon 9, Tue 10, Wed 11
    }

    @Test
    void the_extension_moves_only_the_statutory_deadline_and_counts_in_the_days_left() {
        CaseOpening opening = Fixtures.accepted(RouteMode.PARALLEL, "MARKET");
        LegalClock plain = new LegalClock(opening, new Pauses(List.of()), null, CALENDAR_2026);
        LegalClock extended = new LegalClock(opening, new Pauses(List.of()),
                new StatutoryExtension(5, "现场核查", "head", "CHECKER", day(3, 3), NOW), CALENDAR_2026);

        assertThat(extended.deadlines().promised()).isEqualTo(plain.deadlines().promised());
        assertThat(extended.deadlines().statutory()).isEqualTo(CALENDAR_2026.deadline(plain.deadlines().statutory(), 5));
        assertThat(plain.statutoryWorkingDaysLeft(plain.deadlines().statutory())).isZero();
        assertThat(extended.statutoryWorkingDaysLeft(plain.deadlines().statutory())).isEqualTo(5);
    }

    @Test
    void a_serial_route_opens_its_next_task_and_a_parallel_one_has_no_next() {
        Route serial = Route.open(Fixtures.accepted(RouteMode.SERIAL, "MARKET", "HEALTH"), StepLimits.DEFAULT);
        Route parallel = Route.open(Fixtures.accepted(RouteMode.PARALLEL, "MARKET", "HEALTH"), StepLimits.DEFAULT);

        assertThat(serial.openDepartments()).containsExactly("MARKET");
        assertThat(serial.openNextSerial(day(3, 9))).get().extracting(DepartmentTask::department, DepartmentTask::openedOn)
                .containsExactly("HEALTH", day(3, 9));
        assertThat(serial.openNextSerial(day(3, 10))).isEmpty();
        assertThat(parallel.openNextSerial(day(3, 9))).isEmpty();
        assertThat(parallel.handledBy("HEALTH")).isTrue();
        assertThat(parallel.handledBy("FIRE")).isFalse();
    }

    @Test
    void no_warning_is_due_while_the_clock_is_stopped_or_the_case_decided() {
        ReviewCase c = Fixtures.openCase(RouteMode.PARALLEL, "MARKET"); // promised Mon 16 Mar
        LocalDate late = day(3, 20);
        c.startSpecialProcedure(PauseKind.TESTING, "送检", reviewer("r", "MARKET"), NOW, day(3, 3));
        LegalClock clock = new LegalClock(c.opening(), new Pauses(c.pauses()), null, CALENDAR_2026);
        Set<WarningLevel> raised = EnumSet.noneOf(WarningLevel.class);

        assertThat(DueWarnings.raise(c, clock, late, 1, raised)).isEmpty();
        assertThat(DueWarnings.overdue(c, late)).isFalse();
        assertThat(raised).isEmpty();
    }

    @Test
    void a_licence_is_issued_within_the_terms_working_days_of_the_decision() {
        Licence licence = Licence.issue("330100-SP-001", day(2, 12), LicenceTerms.DEFAULT, CALENDAR_2026, 7);

        assertThat(licence.number()).isEqualTo("330100-SP-001-2026-000007");
        assertThat(licence.validUntil()).isEqualTo(LocalDate.of(2031, 2, 12));
        // Fri 13, Sat 14 (调休), Spring Festival 15–23 Feb, then Tue 24 – Fri 27, Sat 28 (调休), Mon 2 – Wed 4 Mar
        assertThat(licence.issueDueBy()).isEqualTo(day(3, 4));
        assertThat(licence.status()).isEqualTo(LicenceStatus.VALID);
    }
}
