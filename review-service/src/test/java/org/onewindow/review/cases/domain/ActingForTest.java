package org.onewindow.review.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.review.cases.domain.Fixtures.NOW;
import static org.onewindow.review.cases.domain.Fixtures.openCase;
import static org.onewindow.review.cases.domain.Fixtures.refusalOf;
import static org.onewindow.review.cases.domain.Fixtures.reviewer;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** AB岗 deputies of the same department and role, and acting for someone only where such an assignment is in force. */
class ActingForTest {

    private static ActingUser reviewerFor(String userId, String department, String principal) {
        return new ActingUser(userId, userId, Set.of("REVIEWER"), department, principal);
    }

    /** The refusal of naming {@code deputy} (as the staff directory knows them, or null) on the case's first task. */
    private static Refusal namingRefused(ReviewCase c, String deputy, StaffMember known, ActingUser by) {
        return refusalOf(() -> c.assignDeputy(c.tasks().getFirst().taskId(), deputy, known, by, NOW));
    }

    /** holder-a, the MARKET reviewer, names deputy-b (a MARKET reviewer too) for the task. */
    private static void holderANamesDeputyB(ReviewCase c, DepartmentTask task) {
        c.assignDeputy(task.taskId(), "deputy-b", StaffMember.of("deputy-b", "MARKET", "REVIEWER"),
                reviewer("holder-a", "MARKET"), NOW);
    }

    @Test
    void a_deputy_of_another_department_is_refused_when_named() {
        ReviewCase c = openCase(RouteMode.PARALLEL, "NATURAL_RESOURCES");

        Refusal refusal = namingRefused(c, "reviewer.health", StaffMember.of("reviewer.health", "HEALTH", "REVIEWER"),
                reviewer("reviewer.nr", "NATURAL_RESOURCES"));

        assertThat(refusal.rule()).isEqualTo("review.deputy-other-department");
        assertThat(refusal.field()).isEqualTo("deputyUserId");
        assertThat(c.tasks().getFirst().deputyUserId()).isNull();
        assertThat(c.changes().isEmpty()).isTrue();
    }

    @Test
    void a_deputy_without_the_role_of_the_step_is_refused_when_named() {
        ReviewCase c = openCase(RouteMode.PARALLEL, "MARKET");

        Refusal refusal = namingRefused(c, "supervisor.market", StaffMember.of("supervisor.market", "MARKET", "SUPERVISOR"),
                reviewer("reviewer.market", "MARKET"));

        assertThat(refusal.rule()).isEqualTo("review.deputy-other-role");
        assertThat(refusal.message()).contains("REVIEWER");
    }

    @Test
    void a_deputy_the_directory_does_not_know_is_refused() {
        ReviewCase c = openCase(RouteMode.PARALLEL, "MARKET");

        Refusal refusal = namingRefused(c, "nobody", null, reviewer("reviewer.market", "MARKET"));

        assertThat(refusal.rule()).isEqualTo("review.deputy-unknown");
    }

    @Test
    void the_named_deputy_may_act_for_whoever_named_them_while_the_assignment_is_in_force() {
        ReviewCase c = openCase(RouteMode.PARALLEL, "MARKET");
        DepartmentTask task = c.tasks().getFirst();
        holderANamesDeputyB(c, task);

        assertThat(task.deputyFor()).isEqualTo("holder-a");
        assertThat(ActingForPolicies.check(c, task.taskId(), reviewerFor("deputy-b", "MARKET", "holder-a"))).isEmpty();
        assertThat(ActingForPolicies.check(c, null, reviewerFor("deputy-b", "MARKET", "holder-a"))).isEmpty();
    }

    @Test
    void naming_anyone_else_or_acting_without_an_assignment_is_refused() {
        ReviewCase c = openCase(RouteMode.PARALLEL, "MARKET", "HEALTH");
        DepartmentTask market = c.tasks().getFirst();
        holderANamesDeputyB(c, market);

        assertThat(ActingForPolicies.check(c, market.taskId(), reviewerFor("deputy-b", "MARKET", "checker.health")))
                .hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo(ActingForPolicies.RULE));
        assertThat(ActingForPolicies.check(c, market.taskId(), reviewerFor("intruder", "MARKET", "holder-a")))
                .hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo(ActingForPolicies.RULE));
        UUID health = c.tasks().get(1).taskId();
        assertThat(ActingForPolicies.check(c, health, reviewerFor("deputy-b", "MARKET", "holder-a")))
                .as("the assignment is on the MARKET task only").isPresent();
        assertThat(ActingForPolicies.check(c, market.taskId(), reviewerFor("deputy-b", "MARKET", null))).isEmpty();
    }

    @Test
    void the_assignment_ends_with_the_step_it_covers() {
        ReviewCase c = openCase(RouteMode.PARALLEL, "MARKET");
        DepartmentTask task = c.tasks().getFirst();
        holderANamesDeputyB(c, task);
        c.giveOpinion(new OpinionRequest(task.taskId(), StepKind.REVIEW, Opinion.APPROVE, java.util.List.of(), null),
                reviewerFor("deputy-b", "MARKET", "holder-a"), NOW, Fixtures.TODAY, Fixtures.CALENDAR_2026, LicenceTerms.DEFAULT, () -> 1L);

        assertThat(task.deputyUserId()).isNull();
        assertThat(task.deputyFor()).isNull();
        assertThat(ActingForPolicies.check(c, task.taskId(), reviewerFor("deputy-b", "MARKET", "holder-a"))).isPresent();
    }
}
