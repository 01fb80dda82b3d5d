package org.onewindow.review.cases.domain;

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

/**
 * Every refusal of the case commands other than opinions (deputy, supplement, special procedures, extension), each
 * with its exact kind, problem type, field and message, and the order in which the rules are asked: the problem
 * documents clients read must not change when the rules move.
 */
class CommandRefusalsTest {

    private static final String CASE = "C3301-20260302-000001";
    private static final List<SupplementMaterial> MATERIALS = List.of(new SupplementMaterial("M01", "营业执照", null));

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    private static void reject(ReviewCase c, DepartmentTask task) {
        c.giveOpinion(new OpinionRequest(task.taskId(), StepKind.REVIEW, Opinion.REJECT, List.of("不符合条件"), null),
                reviewer("r", task.department()), NOW, day(3, 3), CALENDAR_2026, LicenceTerms.DEFAULT, () -> 1);
    }

    private static Refusal conflict(String rule, String message) {
        return Refusal.conflict(rule, message);
    }

    private static Refusal forbidden(String rule, String message) {
        return Refusal.forbidden(rule, message);
    }

    /** AB岗. */
    @Nested
    class Deputy {

        @Test
        void a_finished_task_takes_no_deputy() {
            ReviewCase c = Fixtures.openCase(RouteMode.PARALLEL, "MARKET", "HEALTH");
            DepartmentTask market = c.tasks().getFirst();
            reject(c, market);

            assertThat(refusalOf(() -> c.assignDeputy(market.taskId(), "d", StaffMember.of("d", "MARKET", "REVIEWER"), reviewer("a", "MARKET"), NOW))).isEqualTo(
                    conflict("review.task-not-open", "task " + market.taskId() + " is REJECTED on a case that is REJECTED"));
        }

        @Test
        void a_waiting_serial_task_may_already_get_its_deputy() {
            ReviewCase c = Fixtures.openCase(RouteMode.SERIAL, "MARKET", "HEALTH");
            DepartmentTask health = c.tasks().get(1);

            c.assignDeputy(health.taskId(), "d-h", StaffMember.of("d-h", "HEALTH", "REVIEWER"), reviewer("a", "HEALTH"), NOW);

            assertThat(health.deputyUserId()).isEqualTo("d-h");
        }

        @Test
        void only_the_tasks_department_names_the_deputy_and_it_must_name_one() {
            ReviewCase c = Fixtures.openCase(RouteMode.PARALLEL, "MARKET", "HEALTH");
            UUID market = c.tasks().getFirst().taskId();

            assertThat(refusalOf(() -> c.assignDeputy(market, " ", null, reviewer("h", "HEALTH"), NOW))).isEqualTo(
                    forbidden("review.wrong-department", "task " + market + " belongs to department MARKET, not to HEALTH"));
            assertThat(refusalOf(() -> c.assignDeputy(market, " ", null, reviewer("a", "MARKET"), NOW)))
                    .isEqualTo(Refusal.invalid("deputyUserId", "review.deputy-required", "name the deputy"));
            assertThat(refusalOf(() -> c.assignDeputy(market, null, null, reviewer("a", "MARKET"), NOW)).rule())
                    .isEqualTo("review.deputy-required");
            UUID unknown = UUID.randomUUID();
            assertThat(refusalOf(() -> c.assignDeputy(unknown, "d", StaffMember.of("d", "MARKET", "REVIEWER"), reviewer("a", "MARKET"), NOW)))
                    .isEqualTo(Refusal.notFound("task", unknown.toString()));
        }
    }

    /** 补正. */
    @Nested
    class Supplement {

        @Test
        void only_an_open_task_on_an_open_case_asks_for_materials_before_any_other_rule() {
            ReviewCase serial = Fixtures.openCase(RouteMode.SERIAL, "MARKET", "HEALTH");
            UUID waiting = serial.tasks().get(1).taskId();

            assertThat(refusalOf(() -> serial.requestSupplement(waiting, List.of(), checker("x", "FIRE"), NOW, day(3, 3))))
                    .isEqualTo(conflict("review.task-not-open", "task " + waiting + " is WAITING on a case that is OPEN"));
        }

        @Test
        void a_reviewer_of_the_tasks_department_asks() {
            ReviewCase c = Fixtures.openCase(RouteMode.PARALLEL, "MARKET", "HEALTH");
            UUID market = c.tasks().getFirst().taskId();

            assertThat(refusalOf(() -> c.requestSupplement(market, MATERIALS, reviewer("h", "HEALTH"), NOW, day(3, 3)))).isEqualTo(
                    forbidden("review.wrong-department", "task " + market + " belongs to department MARKET, not to HEALTH"));
            assertThat(refusalOf(() -> c.requestSupplement(market, MATERIALS, checker("k", "MARKET"), NOW, day(3, 3))))
                    .isEqualTo(forbidden("review.role-required", "a supplement request needs role REVIEWER"));
        }

        @Test
        void one_stop_of_the_clock_at_a_time_and_the_materials_are_listed() {
            ReviewCase c = Fixtures.openCase(RouteMode.PARALLEL, "MARKET", "HEALTH");
            UUID market = c.tasks().getFirst().taskId();

            assertThat(refusalOf(() -> c.requestSupplement(market, List.of(), reviewer("r", "MARKET"), NOW, day(3, 3))))
                    .isEqualTo(Refusal.invalid("materials", "review.materials-required", "list the materials to supply"));
            assertThat(refusalOf(() -> c.requestSupplement(market, null, reviewer("r", "MARKET"), NOW, day(3, 3))).field())
                    .isEqualTo("materials");
            c.startSpecialProcedure(PauseKind.HEARING, "听证", reviewer("r", "MARKET"), NOW, day(3, 3));
            assertThat(refusalOf(() -> c.requestSupplement(market, List.of(), reviewer("r", "MARKET"), NOW, day(3, 4))))
                    .isEqualTo(conflict("review.case-paused", "case " + CASE + " already awaits: 听证"));
            assertThat(c.pauses()).hasSize(1);
        }
    }

    /** 特别程序 (Art. 45). */
    @Nested
    class SpecialProcedures {

        @Test
        void a_decided_case_is_not_paused_nor_resumed() {
            ReviewCase c = Fixtures.openCase(RouteMode.PARALLEL, "MARKET", "HEALTH");
            UUID hearing = c.startSpecialProcedure(PauseKind.HEARING, "听证", reviewer("r", "MARKET"), NOW, day(3, 3));
            c.endSpecialProcedure(hearing, reviewer("r", "MARKET"), NOW, day(3, 3), CALENDAR_2026);
            reject(c, c.tasks().getFirst());
            Refusal decided = conflict("review.case-decided", "case " + CASE + " is already decided (REJECTED)");

            assertThat(refusalOf(() -> c.startSpecialProcedure(null, null, ActingUser.of("x", null), NOW, day(3, 4))))
                    .isEqualTo(decided);
            assertThat(refusalOf(() -> c.endSpecialProcedure(hearing, ActingUser.of("x", null), NOW, day(3, 4), CALENDAR_2026)))
                    .isEqualTo(decided);
        }

        @Test
        void a_reviewer_or_checker_of_a_department_with_an_open_task_decides() {
            ReviewCase c = Fixtures.openCase(RouteMode.SERIAL, "MARKET", "HEALTH");

            assertThat(refusalOf(() -> c.startSpecialProcedure(PauseKind.HEARING, "听证", reviewer("h", "HEALTH"), NOW, day(3, 3))))
                    .isEqualTo(forbidden("review.wrong-department", "a special procedure is decided by a department with an open task on case "
                            + CASE + ", not by HEALTH"));
            assertThat(refusalOf(() -> c.startSpecialProcedure(null, null, ActingUser.of("c", "MARKET", "WINDOW_CLERK"), NOW, day(3, 3))))
                    .isEqualTo(forbidden("review.role-required", "a special procedure needs role REVIEWER or CHECKER"));
            UUID hearing = c.startSpecialProcedure(PauseKind.HEARING, "听证", checker("k", "MARKET"), NOW, day(3, 3));
            assertThat(refusalOf(() -> c.endSpecialProcedure(hearing, reviewer("h", "HEALTH"), NOW, day(3, 4), CALENDAR_2026)))
                    .isEqualTo(forbidden("review.wrong-department", "ending a special procedure is decided by a department with an open task on case "
                            + CASE + ", not by HEALTH"));
            assertThat(refusalOf(() -> c.endSpecialProcedure(hearing, ActingUser.of("c", "MARKET", "WINDOW_CLERK"), NOW, day(3, 4), CALENDAR_2026)))
                    .isEqualTo(forbidden("review.role-required", "ending a special procedure needs role REVIEWER or CHECKER"));
            assertThat(c.changes().auditEntries().getLast().actor().role()).isEqualTo("CHECKER");
        }

        @Test
        void the_kind_is_a_special_procedure_with_a_reason_and_only_one_pause_at_a_time() {
            ReviewCase c = Fixtures.openCase(RouteMode.PARALLEL, "MARKET");
            ActingUser r = reviewer("r", "MARKET");
            Refusal kind = Refusal.invalid("kind", "review.special-procedure-kind",
                    "a special procedure is HEARING, TESTING or EXPERT_REVIEW; ask for materials with a supplement request");

            assertThat(refusalOf(() -> c.startSpecialProcedure(PauseKind.SUPPLEMENT, null, r, NOW, day(3, 3)))).isEqualTo(kind);
            assertThat(refusalOf(() -> c.startSpecialProcedure(null, null, r, NOW, day(3, 3)))).isEqualTo(kind);
            assertThat(refusalOf(() -> c.startSpecialProcedure(PauseKind.TESTING, null, r, NOW, day(3, 3))))
                    .isEqualTo(Refusal.invalid("reason", "review.reason-required", "a pause of the clock needs a reason"));
            c.requestSupplement(c.tasks().getFirst().taskId(), MATERIALS, r, NOW, day(3, 3));
            assertThat(refusalOf(() -> c.startSpecialProcedure(null, null, r, NOW, day(3, 4))))
                    .isEqualTo(conflict("review.case-paused", "case " + CASE + " is already paused: supplement requested by MARKET"));
        }

        @Test
        void only_an_open_special_procedure_is_ended() {
            ReviewCase c = Fixtures.openCase(RouteMode.PARALLEL, "MARKET");
            ActingUser r = reviewer("r", "MARKET");
            UUID hearing = c.startSpecialProcedure(PauseKind.HEARING, "听证", r, NOW, day(3, 3));
            c.endSpecialProcedure(hearing, r, NOW, day(3, 5), CALENDAR_2026);
            UUID supplement = c.requestSupplement(c.tasks().getFirst().taskId(), MATERIALS, r, NOW, day(3, 5));
            UUID unknown = UUID.randomUUID();

            assertThat(refusalOf(() -> c.endSpecialProcedure(hearing, r, NOW, day(3, 6), CALENDAR_2026)))
                    .isEqualTo(conflict("review.pause-not-open", "pause " + hearing + " (HEARING) already ended on 2026-03-05"));
            assertThat(refusalOf(() -> c.endSpecialProcedure(supplement, r, NOW, day(3, 6), CALENDAR_2026)))
                    .isEqualTo(conflict("review.supplement-pause", "pause " + supplement
                            + " awaits a supplement (补正); it ends when intake receives the materials"));
            assertThat(refusalOf(() -> c.endSpecialProcedure(unknown, ActingUser.of("x", null), NOW, day(3, 6), CALENDAR_2026)))
                    .isEqualTo(Refusal.notFound("pause", unknown.toString()));
        }
    }

    /** 延期 (Art. 42). */
    @Nested
    class Extension {

        private StatutoryExtension extend(ReviewCase c, int workingDays, String reason, ActingUser by, LocalDate on) {
            return c.extendStatutoryLimit(workingDays, reason, by, NOW, on, CALENDAR_2026, ExtensionRules.DEFAULT);
        }

        @Test
        void the_rules_are_asked_in_order_decided_first() {
            ReviewCase c = Fixtures.openCase(RouteMode.PARALLEL, "MARKET", "HEALTH");
            reject(c, c.tasks().getFirst());

            assertThat(refusalOf(() -> extend(c, 99, null, reviewer("x", "FIRE"), day(3, 4))))
                    .isEqualTo(conflict("review.case-decided", "case " + CASE + " is already decided (REJECTED)"));
        }

        @Test
        void a_checker_of_the_implementing_department_approves() {
            ReviewCase c = Fixtures.openCase(RouteMode.PARALLEL, "MARKET", "HEALTH");

            assertThat(refusalOf(() -> extend(c, 99, null, checker("k", "HEALTH"), day(3, 4)))).isEqualTo(forbidden(
                    "review.wrong-department", "an extension of case " + CASE + " is approved by the implementing department MARKET, not by HEALTH"));
            assertThat(refusalOf(() -> extend(c, 99, null, reviewer("r", "MARKET"), day(3, 4)))).isEqualTo(forbidden(
                    "review.role-required", "an extension is approved by the agency head: role CHECKER of department MARKET"));
        }

        @Test
        void without_an_implementing_department_the_routes_first_approves() {
            CaseOpening noImplementing = Fixtures.anOpening().route(RouteMode.PARALLEL, "HEALTH", "MARKET")
                    .implementedBy(null).build();
            ReviewCase c = ReviewCase.open(noImplementing, CALENDAR_2026, NOW);

            assertThat(refusalOf(() -> extend(c, 5, "r", checker("k", "MARKET"), day(3, 4))).message())
                    .contains("implementing department HEALTH, not by MARKET");
            assertThat(extend(c, 5, "r", checker("k", "HEALTH"), day(3, 4)).workingDays()).isEqualTo(5);
        }

        @Test
        void once_before_the_statutory_deadline_within_the_legal_maximum_and_with_a_reason() {
            ReviewCase joint = ReviewCase.open(Fixtures.anOpening().route(RouteMode.PARALLEL, "MARKET", "HEALTH")
                    .limits(20, 45).joint(JointHandling.JOINT).build(), CALENDAR_2026, NOW);
            ReviewCase single = Fixtures.openCase(RouteMode.PARALLEL, "MARKET");
            ActingUser head = checker("head", "MARKET");

            assertThat(refusalOf(() -> extend(joint, 16, null, Fixtures.governmentHead("gov"), day(3, 4)))).isEqualTo(Refusal.invalid("workingDays",
                    "review.extension-limit", "an extension adds 1 to 15 working days (joint handling); asked for 16"));
            assertThat(refusalOf(() -> extend(single, 0, null, head, day(3, 4)))).isEqualTo(Refusal.invalid("workingDays",
                    "review.extension-limit", "an extension adds 1 to 10 working days; asked for 0"));
            assertThat(refusalOf(() -> extend(single, 10, " ", head, day(3, 4))))
                    .isEqualTo(Refusal.invalid("reason", "review.reason-required", "an extension needs a reason"));
            assertThat(refusalOf(() -> extend(single, 10, "r", head, single.deadlines().statutory().plusDays(1)))).isEqualTo(
                    conflict("review.statutory-deadline-passed", "the statutory deadline of case " + CASE + " passed on "
                            + single.deadlines().statutory() + "; an extension is granted before it"));

            extend(single, 5, "r", head, single.deadlines().statutory()); // on the deadline day it is still allowed

            assertThat(refusalOf(() -> extend(single, 99, null, head, day(3, 4)))).isEqualTo(conflict("review.already-extended",
                    "case " + CASE + " was already extended by 5 working days on 2026-03-30; the statutory limit is extended once"));
        }
    }
}
