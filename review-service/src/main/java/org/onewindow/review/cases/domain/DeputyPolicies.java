package org.onewindow.review.cases.domain;

import java.util.List;
import java.util.Optional;

/** The rules of naming a deputy (AB岗, DESIGN §5 Review: "a task can go to a named deputy"), asked in this order. */
public final class DeputyPolicies {

    /** What the rules look at. */
    public record DeputyAssignment(ReviewCase reviewCase, DepartmentTask task, String deputyUserId, ActingUser actor) {
    }

    static final List<CommandPolicy<DeputyAssignment>> ALL = List.of(
            DeputyPolicies::taskNotFinished,
            DeputyPolicies::sameDepartment,
            DeputyPolicies::deputyNamed);

    private DeputyPolicies() {
    }

    public static void enforce(DeputyAssignment assignment) {
        CommandPolicy.enforce(assignment, ALL);
    }

    /** A finished task or a decided case needs no deputy; a WAITING serial task may get its deputy ahead. */
    static Optional<Refusal> taskNotFinished(DeputyAssignment s) {
        return s.reviewCase().status() == CaseStatus.OPEN && !s.task().status().finished() ? Optional.empty()
                : Optional.of(CasePolicies.taskNotOpen(s.reviewCase(), s.task()));
    }

    /** A member of the task's own department names the deputy. */
    static Optional<Refusal> sameDepartment(DeputyAssignment s) {
        return CasePolicies.taskOfOwnDepartment(s.task(), s.actor());
    }

    static Optional<Refusal> deputyNamed(DeputyAssignment s) {
        return s.deputyUserId() != null && !s.deputyUserId().isBlank() ? Optional.empty()
                : Optional.of(Refusal.invalid("deputyUserId", "review.deputy-required", "name the deputy"));
    }
}
