package org.onewindow.review.cases.domain;

import org.onewindow.platform.kernel.AuditEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.review.cases.domain.Fixtures.CALENDAR_2026;
import static org.onewindow.review.cases.domain.Fixtures.NOW;
import static org.onewindow.review.cases.domain.Fixtures.checker;
import static org.onewindow.review.cases.domain.Fixtures.refusalOf;
import static org.onewindow.review.cases.domain.Fixtures.reviewer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The legal clock beyond 补正: statutory extensions (延期), special procedures (特别程序) and step deadlines. */
class LegalClockTest {

    private static final ExtensionRules RULES = ExtensionRules.DEFAULT;

    private static ReviewCase accepted(LocalDate on, RouteMode mode, int promised, int statutory, StepLimits steps,
                                       String... departments) {
        CaseOpening opening = Fixtures.anOpening().caseNumber("C1").item("330100-SP-001", "食品经营许可", 1)
                .route(mode, departments).acceptedOn(on).limits(promised, statutory).implementedBy(departments[0])
                .supervisedBy("SUPERVISION").build();
        ReviewCase reviewCase = ReviewCase.open(opening, CALENDAR_2026, NOW, steps);
        reviewCase.changes().clear();
        return reviewCase;
    }

    private static ReviewCase accepted(LocalDate on, int promised, int statutory, String... departments) {
        return accepted(on, RouteMode.PARALLEL, promised, statutory, StepLimits.DEFAULT, departments);
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    private static StatutoryExtension extend(ReviewCase c, int workingDays, ActingUser by, LocalDate on) {
        return c.extendStatutoryLimit(workingDays, "现场核查需要补充检验", by, NOW, on, CALENDAR_2026, RULES);
    }

    /** 延期 (Art. 42). */
    @Nested
    class StatutoryExtensions {

        @Test
        void given_accepted_on_13_feb_with_a_20_day_statutory_limit_when_extended_by_10_on_2_mar_then_only_the_statutory_deadline_moves_by_10_working_days() {
            // Fri 13 Feb: Sat 14 (调休) counts, 15–23 Feb is the Spring Festival, Sat 28 Feb (调休) counts
            ReviewCase c = accepted(day(2, 13), 10, 20, "MARKET");
            assertThat(c.deadlines().promised()).isEqualTo(day(3, 5));
            assertThat(c.deadlines().statutory()).isEqualTo(day(3, 19));

            extend(c, 10, checker("head-m", "MARKET"), day(3, 2));

            assertThat(c.deadlines().promised()).isEqualTo(day(3, 5));
            assertThat(c.deadlines().statutory()).isEqualTo(day(4, 2))
                    .isEqualTo(CALENDAR_2026.deadline(day(3, 19), 10));
            assertThat(c.extension().workingDays()).isEqualTo(10);
            assertThat(c.extension().approvedBy()).isEqualTo("head-m");
            assertThat(c.changes().auditEntries().getLast().action()).isEqualTo("STATUTORY_EXTENDED");
            assertThat(c.changes().auditEntries().getLast().detail()).contains("+10", "2026-03-19 -> 2026-04-02");
        }

        @Test
        void a_case_is_extended_only_once() {
            ReviewCase c = accepted(day(3, 2), 10, 20, "MARKET");
            extend(c, 5, checker("head-m", "MARKET"), day(3, 3));

            Refusal refusal = refusalOf(() -> extend(c, 5, checker("head-m", "MARKET"), day(3, 4)));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(refusal.rule()).isEqualTo("review.already-extended");
            assertThat(c.extension().workingDays()).isEqualTo(5);
        }

        @Test
        void at_most_ten_working_days_for_one_department_and_fifteen_for_joint_handling() {
            ReviewCase single = accepted(day(3, 2), 10, 20, "MARKET");
            Refusal tooLong = refusalOf(() -> extend(single, 11, checker("head-m", "MARKET"), day(3, 3)));
            assertThat(tooLong.kind()).isEqualTo(Refusal.Kind.INVALID);
            assertThat(tooLong.field()).isEqualTo("workingDays");
            assertThat(tooLong.rule()).isEqualTo("review.extension-limit");
            assertThat(refusalOf(() -> extend(single, 0, checker("head-m", "MARKET"), day(3, 3))).field()).isEqualTo("workingDays");

            // two departments alone do not make joint handling: the catalog's item version says so
            ReviewCase twoDepartments = accepted(day(3, 2), 20, 20, "MARKET", "HEALTH");
            assertThat(refusalOf(() -> extend(twoDepartments, 15, checker("head-m", "MARKET"), day(3, 3))).rule())
                    .isEqualTo("review.extension-limit");

            ReviewCase joint = ReviewCase.open(Fixtures.anOpening().route(RouteMode.PARALLEL, "MARKET", "HEALTH")
                    .acceptedOn(day(3, 2)).limits(20, 45).joint(JointHandling.JOINT).build(), CALENDAR_2026, NOW);
            assertThat(refusalOf(() -> extend(joint, 16, Fixtures.governmentHead("gov"), day(3, 3))).rule())
                    .isEqualTo("review.extension-limit");
            LocalDate before = joint.deadlines().statutory();
            extend(joint, 15, Fixtures.governmentHead("gov"), day(3, 3));
            assertThat(joint.deadlines().statutory()).isEqualTo(CALENDAR_2026.deadline(before, 15));
            assertThat(joint.extension().role()).isEqualTo("GOVERNMENT_HEAD");
        }

        @Test
        void only_before_the_statutory_deadline_has_passed() {
            ReviewCase c = accepted(day(3, 2), 10, 20, "MARKET"); // statutory Mon 30 Mar

            extend(accepted(day(3, 2), 10, 20, "MARKET"), 10, checker("head-m", "MARKET"), day(3, 30)); // on the day: allowed
            Refusal late = refusalOf(() -> extend(c, 10, checker("head-m", "MARKET"), day(3, 31)));

            assertThat(late.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(late.rule()).isEqualTo("review.statutory-deadline-passed");
            assertThat(late.message()).contains("2026-03-30");
            assertThat(c.extension()).isNull();
        }

        @Test
        void approved_by_a_checker_of_the_implementing_department_only() {
            ReviewCase c = accepted(day(3, 2), 20, 45, "MARKET", "HEALTH");

            Refusal reviewer = refusalOf(() -> extend(c, 5, reviewer("r-m", "MARKET"), day(3, 3)));
            Refusal otherDepartment = refusalOf(() -> extend(c, 5, checker("k-h", "HEALTH"), day(3, 3)));

            assertThat(reviewer.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
            assertThat(reviewer.rule()).isEqualTo("review.role-required");
            assertThat(otherDepartment.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
            assertThat(otherDepartment.rule()).isEqualTo("review.wrong-department");
            assertThat(c.extension()).isNull();
        }

        @Test
        void the_extension_survives_a_later_pause_of_the_clock() {
            ReviewCase c = accepted(day(3, 2), 10, 20, "MARKET");
            extend(c, 10, checker("head-m", "MARKET"), day(3, 3)); // statutory 30 Mar -> 13 Apr
            UUID pause = c.startSpecialProcedure(PauseKind.EXPERT_REVIEW, "专家评审", reviewer("r-m", "MARKET"), NOW, day(3, 4));

            c.endSpecialProcedure(pause, reviewer("r-m", "MARKET"), NOW, day(3, 9), CALENDAR_2026); // Thu, Fri, Mon paused

            assertThat(c.deadlines().statutory()).isEqualTo(CALENDAR_2026.deadline(CALENDAR_2026.deadline(day(3, 30), 10), 3));
        }
    }

    /** 特别程序 (Art. 45). */
    @Nested
    class SpecialProcedures {

        @Test
        void given_accepted_on_2_mar_when_a_hearing_runs_from_wednesday_to_monday_then_both_deadlines_move_by_three_working_days() {
            ReviewCase c = accepted(day(3, 2), 10, 20, "MARKET"); // promised 16 Mar, statutory 30 Mar

            UUID pauseId = c.startSpecialProcedure(PauseKind.HEARING, "申请人要求听证", reviewer("r-m", "MARKET"), NOW, day(3, 4));
            assertThat(c.openPause()).get().extracting(Pause::kind).isEqualTo(PauseKind.HEARING);
            Pause ended = c.endSpecialProcedure(pauseId, checker("k-m", "MARKET"), NOW, day(3, 9), CALENDAR_2026);

            assertThat(ended.workingDaysLost()).isEqualTo(3);
            assertThat(c.openPause()).isEmpty();
            assertThat(c.deadlines().promised()).isEqualTo(day(3, 19));
            assertThat(c.deadlines().statutory()).isEqualTo(day(4, 2));
            assertThat(c.tasks().getFirst().deadline()).isEqualTo(day(3, 19));
            assertThat(c.changes().auditEntries()).extracting(AuditEntry::action, e -> e.actor().userId()).contains(
                    org.assertj.core.groups.Tuple.tuple("CLOCK_PAUSED", "r-m"),
                    org.assertj.core.groups.Tuple.tuple("CLOCK_RESUMED", "k-m"));
        }

        @Test
        void while_paused_no_opinion_and_no_second_pause_is_taken() {
            ReviewCase c = accepted(day(3, 2), 10, 20, "MARKET");
            DepartmentTask task = c.tasks().getFirst();
            c.startSpecialProcedure(PauseKind.TESTING, "送检", reviewer("r-m", "MARKET"), NOW, day(3, 4));

            Refusal opinion = refusalOf(() -> c.giveOpinion(new OpinionRequest(task.taskId(), StepKind.REVIEW, Opinion.APPROVE,
                    List.of(), null), reviewer("r-m", "MARKET"), NOW, day(3, 5), CALENDAR_2026, LicenceTerms.DEFAULT, () -> 1));
            Refusal second = refusalOf(() -> c.startSpecialProcedure(PauseKind.HEARING, "听证", reviewer("r-m", "MARKET"), NOW, day(3, 5)));

            assertThat(opinion.rule()).isEqualTo("review.case-paused");
            assertThat(second.rule()).isEqualTo("review.case-paused");
            assertThat(c.pauses()).hasSize(1);
        }

        @Test
        void a_pause_ends_once_and_a_supplement_pause_ends_only_when_the_materials_arrive() {
            ReviewCase c = accepted(day(3, 2), 10, 20, "MARKET");
            UUID hearing = c.startSpecialProcedure(PauseKind.HEARING, "听证", reviewer("r-m", "MARKET"), NOW, day(3, 3));
            c.endSpecialProcedure(hearing, reviewer("r-m", "MARKET"), NOW, day(3, 5), CALENDAR_2026);
            UUID supplement = c.requestSupplement(c.tasks().getFirst().taskId(), List.of(new SupplementMaterial("M01", "营业执照", null)),
                    reviewer("r-m", "MARKET"), NOW, day(3, 5));

            assertThat(refusalOf(() -> c.endSpecialProcedure(hearing, reviewer("r-m", "MARKET"), NOW, day(3, 6), CALENDAR_2026)).rule())
                    .isEqualTo("review.pause-not-open");
            assertThat(refusalOf(() -> c.endSpecialProcedure(supplement, reviewer("r-m", "MARKET"), NOW, day(3, 6), CALENDAR_2026)).rule())
                    .isEqualTo("review.supplement-pause");
            assertThat(refusalOf(() -> c.endSpecialProcedure(UUID.randomUUID(), reviewer("r-m", "MARKET"), NOW, day(3, 6), CALENDAR_2026)).kind())
                    .isEqualTo(Refusal.Kind.NOT_FOUND);
            assertThat(c.openPause()).get().extracting(Pause::pauseId).isEqualTo(supplement);
        }

        @Test
        void a_special_procedure_needs_its_kind_a_reason_and_a_department_with_an_open_task() {
            ReviewCase c = accepted(day(3, 2), 10, 20, "MARKET");

            assertThat(refusalOf(() -> c.startSpecialProcedure(PauseKind.SUPPLEMENT, "补正", reviewer("r-m", "MARKET"), NOW, day(3, 3))).field())
                    .isEqualTo("kind");
            assertThat(refusalOf(() -> c.startSpecialProcedure(PauseKind.HEARING, " ", reviewer("r-m", "MARKET"), NOW, day(3, 3))).field())
                    .isEqualTo("reason");
            assertThat(refusalOf(() -> c.startSpecialProcedure(PauseKind.HEARING, "听证", reviewer("r-h", "HEALTH"), NOW, day(3, 3))).rule())
                    .isEqualTo("review.wrong-department");
            assertThat(refusalOf(() -> c.startSpecialProcedure(PauseKind.HEARING, "听证", ActingUser.of("c-1", "MARKET", "WINDOW_CLERK"), NOW, day(3, 3))).rule())
                    .isEqualTo("review.role-required");
            assertThat(c.pauses()).isEmpty();
        }

        @Test
        void a_pause_ended_on_a_day_can_be_followed_by_another_starting_that_day() {
            ReviewCase c = accepted(day(3, 2), 10, 20, "MARKET");
            UUID hearing = c.startSpecialProcedure(PauseKind.HEARING, "听证", reviewer("r-m", "MARKET"), NOW, day(3, 3));
            c.endSpecialProcedure(hearing, reviewer("r-m", "MARKET"), NOW, day(3, 5), CALENDAR_2026); // Wed, Thu lost
            UUID testing = c.startSpecialProcedure(PauseKind.TESTING, "检测", reviewer("r-m", "MARKET"), NOW, day(3, 5));

            c.endSpecialProcedure(testing, reviewer("r-m", "MARKET"), NOW, day(3, 6), CALENDAR_2026); // Fri lost

            assertThat(c.pauses()).extracting(Pause::kind).containsExactly(PauseKind.HEARING, PauseKind.TESTING);
            assertThat(c.deadlines().promised()).isEqualTo(CALENDAR_2026.deadline(day(3, 16), 3));
        }
    }

    /** Step (department task) deadlines and warnings; the split of the promised limit is local policy. */
    @Nested
    class StepDeadlines {

        @Test
        void a_parallel_task_is_due_on_the_cases_promised_deadline() {
            ReviewCase c = accepted(day(3, 2), 10, 20, "MARKET", "HEALTH");

            assertThat(c.tasks()).extracting(DepartmentTask::deadline).containsOnly(c.deadlines().promised());
            assertThat(c.tasks()).extracting(DepartmentTask::openedOn).containsOnly(day(3, 2));
        }

        @Test
        void a_serial_route_splits_the_promised_limit_evenly_rounding_up() {
            ReviewCase c = accepted(day(3, 2), RouteMode.SERIAL, 10, 20, StepLimits.DEFAULT, "MARKET", "HEALTH", "FIRE");

            assertThat(c.tasks()).extracting(DepartmentTask::limitWorkingDays).containsOnly(4);
            assertThat(c.tasks().getFirst().deadline()).isEqualTo(day(3, 6)); // 3, 4, 5, 6 Mar
            assertThat(c.tasks().get(1).deadline()).isNull();                 // WAITING: its clock has not started
        }

        @Test
        void given_a_serial_route_when_the_first_department_is_late_then_its_step_is_overdue_and_warned_while_the_case_is_not() {
            // promised 10 over 2 tasks: 5 each; task 1 due Mon 9 Mar, the case due Mon 16 Mar
            ReviewCase c = accepted(day(3, 2), RouteMode.SERIAL, 10, 20, StepLimits.DEFAULT, "MARKET", "HEALTH");
            DepartmentTask first = c.tasks().getFirst();
            assertThat(first.deadline()).isEqualTo(day(3, 9));

            c.raiseDueWarnings(day(3, 6), 1, CALENDAR_2026);
            c.raiseDueWarnings(day(3, 10), 1, CALENDAR_2026);
            c.raiseDueWarnings(day(3, 11), 1, CALENDAR_2026);

            assertThat(c.changes().events()).map(ReviewEvent.DeadlineWarning.class::cast)
                    .extracting(ReviewEvent.DeadlineWarning::scope, ReviewEvent.DeadlineWarning::level,
                            ReviewEvent.DeadlineWarning::taskId, ReviewEvent.DeadlineWarning::deadline)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(WarningScope.STEP, WarningLevel.YELLOW, first.taskId(), day(3, 9)),
                            org.assertj.core.groups.Tuple.tuple(WarningScope.STEP, WarningLevel.RED, first.taskId(), day(3, 9)));
            assertThat(c.overdue(first, day(3, 10))).isTrue();
            assertThat(c.overdue(day(3, 10))).isFalse();
            assertThat(first.raisedWarnings()).containsExactlyInAnyOrder(WarningLevel.YELLOW, WarningLevel.RED);
        }

        @Test
        void the_next_serial_task_counts_from_the_day_it_opened() {
            ReviewCase c = accepted(day(3, 2), RouteMode.SERIAL, 10, 20, StepLimits.DEFAULT, "MARKET", "HEALTH");
            DepartmentTask first = c.tasks().getFirst();
            Fixtures.Sequence sequence = new Fixtures.Sequence();
            c.giveOpinion(new OpinionRequest(first.taskId(), StepKind.REVIEW, Opinion.APPROVE, List.of(), null),
                    reviewer("r-m", "MARKET"), NOW, day(3, 10), CALENDAR_2026, LicenceTerms.DEFAULT, sequence::nextValue);
            c.giveOpinion(new OpinionRequest(first.taskId(), StepKind.CHECK, Opinion.APPROVE, List.of(), null),
                    checker("k-m", "MARKET"), NOW, day(3, 10), CALENDAR_2026, LicenceTerms.DEFAULT, sequence::nextValue);

            DepartmentTask second = c.tasks().get(1);
            assertThat(second.openedOn()).isEqualTo(day(3, 10));
            assertThat(second.deadline()).isEqualTo(day(3, 17)); // 11, 12, 13, 16, 17 Mar
        }

        @Test
        void a_configured_step_limit_applies_to_every_task_and_moves_with_a_pause() {
            ReviewCase c = accepted(day(3, 2), RouteMode.PARALLEL, 10, 20, new StepLimits(3), "MARKET", "HEALTH");
            assertThat(c.tasks()).extracting(DepartmentTask::deadline).containsOnly(day(3, 5));

            UUID pause = c.startSpecialProcedure(PauseKind.EXPERT_REVIEW, "专家评审", reviewer("r-m", "MARKET"), NOW, day(3, 3));
            c.endSpecialProcedure(pause, reviewer("r-m", "MARKET"), NOW, day(3, 5), CALENDAR_2026); // Wed, Thu lost

            assertThat(c.tasks()).extracting(DepartmentTask::deadline).containsOnly(day(3, 9));
        }
    }
}
