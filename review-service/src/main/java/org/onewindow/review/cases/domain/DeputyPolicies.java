package org.onewindow.review.cases.domain;

import java.util.List;
import java.util.Optional;

/** The rules of naming a deputy (AB岗, DESIGN §5 Review: "a task can go to a named deputy"), asked in this order. */
public final class DeputyPolicies {

    /**
     * What the rules look at.
     *
     * @param deputy the named deputy as the staff directory knows them; null when it does not know the user id
     */
    public record DeputyAssignment(ReviewCase reviewCase, DepartmentTask task, String deputyUserId, StaffMember deputy,
                                   ActingUser actor) {
    }

    static final List<CommandPolicy<DeputyAssignment>> ALL = List.of(
            DeputyPolicies::taskNotFinished,
            DeputyPolicies::sameDepartment,
            DeputyPolicies::deputyNamed,
            DeputyPolicies::deputyKnown,
            DeputyPolicies::deputyOfTheTasksDepartment,
            DeputyPolicies::deputyHoldsTheStepsRole);

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

    /** The deputy is a member of staff the directory knows (a name typed in proves nothing). */
    static Optional<Refusal> deputyKnown(DeputyAssignment s) {
        return s.deputy() != null ? Optional.empty()
                : Optional.of(Refusal.invalid("deputyUserId", "review.deputy-unknown",
                        "the staff directory knows no user " + s.deputyUserId()));
    }

    /** AB岗 is within one department: the deputy belongs to the task's department (DESIGN §5 Review). */
    static Optional<Refusal> deputyOfTheTasksDepartment(DeputyAssignment s) {
        return s.task().department().equals(s.deputy().department()) ? Optional.empty()
                : Optional.of(Refusal.invalid("deputyUserId", "review.deputy-other-department",
                        "deputy " + s.deputyUserId() + " belongs to " + s.deputy().department() + ", not to the task's "
                                + "department " + s.task().department() + " (AB岗 is within one department)"));
    }

    /**
     * The deputy holds the role of the step they cover, the role of the person they stand in for: REVIEWER for
     * 审核 (also ahead, on a WAITING task), CHECKER for 核准.
     */
    static Optional<Refusal> deputyHoldsTheStepsRole(DeputyAssignment s) {
        String role = stepRole(s.task());
        return s.deputy().hasRole(role) ? Optional.empty()
                : Optional.of(Refusal.invalid("deputyUserId", "review.deputy-other-role",
                        "deputy " + s.deputyUserId() + " does not hold role " + role + " of the step they would cover"));
    }

    /** The role of the step a deputy named now would cover. */
    static String stepRole(DepartmentTask task) {
        return task.review() == null ? OpinionPolicies.REVIEWER : OpinionPolicies.CHECKER;
    }
}
