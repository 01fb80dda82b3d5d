package org.onewindow.review.cases.domain;

import org.onewindow.platform.kernel.AuditEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.review.cases.domain.Fixtures.CALENDAR_2026;
import static org.onewindow.review.cases.domain.Fixtures.NOW;
import static org.onewindow.review.cases.domain.Fixtures.TODAY;
import static org.onewindow.review.cases.domain.Fixtures.checker;
import static org.onewindow.review.cases.domain.Fixtures.openCase;
import static org.onewindow.review.cases.domain.Fixtures.refusalOf;
import static org.onewindow.review.cases.domain.Fixtures.reviewer;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.StateConflict;

class ReviewCaseTest {

    private final Fixtures.Sequence sequence = new Fixtures.Sequence();

    private void opinion(ReviewCase c, DepartmentTask task, ActingUser actor, StepKind step, Opinion opinion, String... reasons) {
        c.giveOpinion(new OpinionRequest(task.taskId(), step, opinion, List.of(reasons), null), actor, NOW, TODAY,
                CALENDAR_2026, LicenceTerms.DEFAULT, sequence::nextValue);
    }

    private void approve(ReviewCase c, DepartmentTask task) {
        opinion(c, task, reviewer("r-" + task.department(), task.department()), StepKind.REVIEW, Opinion.APPROVE);
        opinion(c, task, checker("k-" + task.department(), task.department()), StepKind.CHECK, Opinion.APPROVE);
    }

    @Test
    void accepted_parallel_case_opens_every_task_at_once_and_announces_it() {
        ReviewCase c = ReviewCase.open(Fixtures.accepted(RouteMode.PARALLEL, "MARKET", "HEALTH", "FIRE"), CALENDAR_2026, NOW);

        assertThat(c.tasks()).extracting(DepartmentTask::status).containsOnly(TaskStatus.OPEN);
        assertThat(c.changes().events()).singleElement().isInstanceOf(ReviewEvent.Opened.class);
    }

    @Test
    void accepted_serial_case_opens_only_the_first_department() {
        ReviewCase c = openCase(RouteMode.SERIAL, "MARKET", "HEALTH");

        assertThat(c.tasks()).extracting(DepartmentTask::status).containsExactly(TaskStatus.OPEN, TaskStatus.WAITING);
    }

    @Test
    void given_parallel_case_with_three_departments_when_all_three_approve_then_approved_with_a_licence_number() {
        ReviewCase c = openCase(RouteMode.PARALLEL, "MARKET", "HEALTH", "FIRE");

        c.tasks().forEach(task -> approve(c, task));

        assertThat(c.status()).isEqualTo(CaseStatus.APPROVED);
        ReviewEvent.DecisionMade decided = (ReviewEvent.DecisionMade) c.changes().events().getLast();
        assertThat(decided.decision().outcome()).isEqualTo(CaseStatus.APPROVED);
        assertThat(decided.decision().licence().number()).isEqualTo("330100-SP-001-2026-000042");
        assertThat(decided.decision().licence().validFrom()).isEqualTo(TODAY);
        assertThat(decided.decision().licence().validUntil()).isEqualTo(LocalDate.of(2031, 3, 2));
        assertThat(decided.decision().licence().issueDueBy()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(decided.participants()).containsExactlyInAnyOrder("r-MARKET", "k-MARKET", "r-HEALTH", "k-HEALTH", "r-FIRE", "k-FIRE");
        assertThat(decided.opening().holderMaskedIdNumber()).isEqualTo("3301**********1234");
        assertThat(c.changes().events()).filteredOn(ReviewEvent.TaskCompleted.class::isInstance).hasSize(3);
    }

    @Test
    void given_parallel_case_when_two_of_three_approve_then_still_open() {
        ReviewCase c = openCase(RouteMode.PARALLEL, "MARKET", "HEALTH", "FIRE");

        approve(c, c.tasks().get(0));
        approve(c, c.tasks().get(1));

        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.decision()).isNull();
    }

    @Test
    void given_serial_case_when_the_first_department_approves_then_the_second_opens() {
        ReviewCase c = openCase(RouteMode.SERIAL, "MARKET", "HEALTH");

        approve(c, c.tasks().get(0));

        assertThat(c.tasks().get(1).status()).isEqualTo(TaskStatus.OPEN);
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void given_serial_case_when_the_second_department_rejects_then_rejected_with_its_reasons_and_the_third_cancelled() {
        ReviewCase c = openCase(RouteMode.SERIAL, "MARKET", "HEALTH", "FIRE");
        approve(c, c.tasks().get(0));
        DepartmentTask health = c.tasks().get(1);

        opinion(c, health, reviewer("r-h", "HEALTH"), StepKind.REVIEW, Opinion.REJECT, "卫生条件不符合要求");

        assertThat(c.status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(c.decision().reasons()).containsExactly("卫生条件不符合要求");
        assertThat(c.decision().licence()).isNull();
        assertThat(c.tasks()).extracting(DepartmentTask::status)
                .containsExactly(TaskStatus.APPROVED, TaskStatus.REJECTED, TaskStatus.CANCELLED);
    }

    @Test
    void given_parallel_case_when_one_department_rejects_then_decided_at_once_and_the_other_open_tasks_cancelled() {
        ReviewCase c = openCase(RouteMode.PARALLEL, "MARKET", "HEALTH", "FIRE");

        opinion(c, c.tasks().get(2), reviewer("r-f", "FIRE"), StepKind.REVIEW, Opinion.REJECT, "消防通道不足");

        assertThat(c.status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(c.tasks()).extracting(DepartmentTask::status)
                .containsExactly(TaskStatus.CANCELLED, TaskStatus.CANCELLED, TaskStatus.REJECTED);
        assertThat(c.changes().events()).filteredOn(ReviewEvent.DecisionMade.class::isInstance).hasSize(1);
    }

    @Test
    void the_person_who_reviewed_cannot_check_the_same_task() {
        ReviewCase c = openCase(RouteMode.PARALLEL, "MARKET");
        DepartmentTask task = c.tasks().getFirst();
        opinion(c, task, reviewer("wang", "MARKET"), StepKind.REVIEW, Opinion.APPROVE);
        ActingUser wangAsChecker = ActingUser.of("wang", "MARKET", "REVIEWER", "CHECKER");

        Refusal refusal = refusalOf(() -> opinion(c, task, wangAsChecker, StepKind.CHECK, Opinion.APPROVE));

        assertThat(refusal.rule()).isEqualTo("review.two-person-rule");
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(task.check()).isNull();
    }

    @Test
    void a_reviewer_of_another_department_is_refused() {
        ReviewCase c = openCase(RouteMode.PARALLEL, "MARKET");

        Refusal refusal = refusalOf(() -> opinion(c, c.tasks().getFirst(), reviewer("li", "HEALTH"), StepKind.REVIEW, Opinion.APPROVE));

        assertThat(refusal.rule()).isEqualTo("review.wrong-department");
    }

    @Test
    void a_step_completed_twice_is_a_conflict_naming_the_state() {
        ReviewCase c = openCase(RouteMode.PARALLEL, "MARKET", "HEALTH");
        DepartmentTask task = c.tasks().getFirst();
        opinion(c, task, reviewer("wang", "MARKET"), StepKind.REVIEW, Opinion.APPROVE);

        Refusal refusal = refusalOf(() -> opinion(c, task, reviewer("zhao", "MARKET"), StepKind.REVIEW, Opinion.APPROVE));

        assertThat(refusal.rule()).isEqualTo("review.step-already-completed");
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refusal.message()).contains("wang").contains("OPEN");
    }

    @Test
    void check_before_review_is_a_conflict() {
        ReviewCase c = openCase(RouteMode.PARALLEL, "MARKET");

        Refusal refusal = refusalOf(() -> opinion(c, c.tasks().getFirst(), checker("k", "MARKET"), StepKind.CHECK, Opinion.APPROVE));

        assertThat(refusal.rule()).isEqualTo("review.review-not-completed");
    }

    @Test
    void a_waiting_task_of_a_serial_route_cannot_be_reviewed() {
        ReviewCase c = openCase(RouteMode.SERIAL, "MARKET", "HEALTH");

        Refusal refusal = refusalOf(() -> opinion(c, c.tasks().get(1), reviewer("h", "HEALTH"), StepKind.REVIEW, Opinion.APPROVE));

        assertThat(refusal.rule()).isEqualTo("review.task-not-open");
        assertThat(refusal.message()).contains("WAITING");
    }

    @Test
    void a_rejection_without_reasons_is_invalid_on_the_reasons_field() {
        ReviewCase c = openCase(RouteMode.PARALLEL, "MARKET");

        Refusal refusal = refusalOf(() -> opinion(c, c.tasks().getFirst(), reviewer("wang", "MARKET"), StepKind.REVIEW, Opinion.REJECT));

        assertThat(refusal.field()).isEqualTo("reasons");
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void the_check_step_needs_the_checker_role() {
        ReviewCase c = openCase(RouteMode.PARALLEL, "MARKET");
        opinion(c, c.tasks().getFirst(), reviewer("wang", "MARKET"), StepKind.REVIEW, Opinion.APPROVE);

        Refusal refusal = refusalOf(() -> opinion(c, c.tasks().getFirst(), reviewer("zhao", "MARKET"), StepKind.CHECK, Opinion.APPROVE));

        assertThat(refusal.rule()).isEqualTo("review.role-required");
    }

    @Test
    void once_a_deputy_is_named_only_the_deputy_completes_the_step() {
        ReviewCase c = openCase(RouteMode.PARALLEL, "MARKET");
        DepartmentTask task = c.tasks().getFirst();
        c.assignDeputy(task.taskId(), "deputy-b", StaffMember.of("deputy-b", "MARKET", "REVIEWER"), reviewer("holder-a", "MARKET"), NOW);

        Refusal refusal = refusalOf(() -> opinion(c, task, reviewer("other", "MARKET"), StepKind.REVIEW, Opinion.APPROVE));
        opinion(c, task, reviewer("deputy-b", "MARKET"), StepKind.REVIEW, Opinion.APPROVE);

        assertThat(refusal.rule()).isEqualTo("review.assigned-to-deputy");
        assertThat(task.review().userId()).isEqualTo("deputy-b");
        assertThat(c.changes().auditEntries()).extracting(AuditEntry::action).contains("DEPUTY_ASSIGNED");
    }

    @Test
    void an_immediate_item_is_completed_at_the_window_by_the_accepting_clerk() {
        ReviewCase c = ReviewCase.open(Fixtures.immediateAccepted("MARKET"), CALENDAR_2026, NOW);
        ActingUser clerk = ActingUser.of("clerk-1", null, "WINDOW_CLERK");

        opinion(c, c.tasks().getFirst(), clerk, StepKind.REVIEW, Opinion.APPROVE);

        assertThat(c.status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(c.tasks().getFirst().review().role()).isEqualTo("WINDOW_CLERK");
    }

    @Test
    void another_clerk_cannot_complete_an_immediate_item() {
        ReviewCase c = ReviewCase.open(Fixtures.immediateAccepted("MARKET"), CALENDAR_2026, NOW);

        Refusal refusal = refusalOf(() -> opinion(c, c.tasks().getFirst(), ActingUser.of("clerk-2", null, "WINDOW_CLERK"),
                StepKind.REVIEW, Opinion.APPROVE));

        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void every_opinion_is_in_the_audit_trail_with_who_and_in_which_role() {
        ReviewCase c = openCase(RouteMode.PARALLEL, "MARKET");

        approve(c, c.tasks().getFirst());

        assertThat(c.changes().auditEntries()).extracting(e -> e.actor().userId(), e -> e.actor().role(), AuditEntry::action)
                .contains(org.assertj.core.groups.Tuple.tuple("r-MARKET", "REVIEWER", "REVIEW_APPROVE"),
                        org.assertj.core.groups.Tuple.tuple("k-MARKET", "CHECKER", "CHECK_APPROVE"));
    }

    @Test
    void opinions_on_a_decided_case_are_refused() {
        ReviewCase c = openCase(RouteMode.PARALLEL, "MARKET", "HEALTH");
        opinion(c, c.tasks().get(0), reviewer("r", "MARKET"), StepKind.REVIEW, Opinion.REJECT, "不符合条件");

        assertThatThrownBy(() -> opinion(c, c.tasks().get(1), reviewer("h", "HEALTH"), StepKind.REVIEW, Opinion.APPROVE))
                .isInstanceOf(StateConflict.class)
                .hasMessageContaining("REJECTED");
    }

    @Test
    void licence_actions_from_supervision_show_on_the_case() {
        ReviewCase c = openCase(RouteMode.PARALLEL, "MARKET");
        approve(c, c.tasks().getFirst());

        c.licenceActionTaken(LicenceStatus.REVOKED, "supervisor-1", "无证经营整改不到位", NOW);

        assertThat(c.decision().licence().status()).isEqualTo(LicenceStatus.REVOKED);
    }
}
