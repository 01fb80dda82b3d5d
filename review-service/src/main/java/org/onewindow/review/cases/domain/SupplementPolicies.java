package org.onewindow.review.cases.domain;

import java.util.List;
import java.util.Optional;

/**
 * The rules of a supplement request after acceptance (补正; DESIGN §5 Clock: "supplement requests after acceptance
 * pause the clock, each pause with a reason and an audit record"), asked in this order.
 */
public final class SupplementPolicies {

    /** What the rules look at. */
    public record SupplementRequest(ReviewCase reviewCase, DepartmentTask task, List<SupplementMaterial> materials,
                                    ActingUser actor, int maxPerTask) {

        public SupplementRequest(ReviewCase reviewCase, DepartmentTask task, List<SupplementMaterial> materials,
                                 ActingUser actor) {
            this(reviewCase, task, materials, actor, DEFAULT_MAX_PER_TASK);
        }

        /** The task has asked as often as the limit allows: another needs a checker's approval. */
        boolean beyondTheLimit() {
            return reviewCase.supplementRequestsOf(task.taskId()) >= maxPerTask;
        }
    }

    /** Supplement requests per task after acceptance before a CHECKER must approve another (issue 10, item 8). */
    public static final int DEFAULT_MAX_PER_TASK = 1;

    static final List<CommandPolicy<SupplementRequest>> ALL = List.of(
            SupplementPolicies::taskIsOpen,
            SupplementPolicies::sameDepartment,
            SupplementPolicies::reviewerAsks,
            SupplementPolicies::withinTheLimit,
            SupplementPolicies::oneStopAtATime,
            SupplementPolicies::materialsListed);

    private SupplementPolicies() {
    }

    public static void enforce(SupplementRequest request) {
        CommandPolicy.enforce(request, ALL);
    }

    /** Only an OPEN task of an open case asks for materials. */
    static Optional<Refusal> taskIsOpen(SupplementRequest s) {
        return s.reviewCase().status() == CaseStatus.OPEN && s.task().status() == TaskStatus.OPEN ? Optional.empty()
                : Optional.of(CasePolicies.taskNotOpen(s.reviewCase(), s.task()));
    }

    static Optional<Refusal> sameDepartment(SupplementRequest s) {
        return CasePolicies.taskOfOwnDepartment(s.task(), s.actor());
    }

    /**
     * The reviewer (审核) of the task decides what is missing; a request beyond the limit may also come from a
     * CHECKER of the department, whose request is the approval.
     */
    static Optional<Refusal> reviewerAsks(SupplementRequest s) {
        boolean checkerApproves = s.actor().hasRole(OpinionPolicies.CHECKER) && s.beyondTheLimit();
        return s.actor().hasRole(OpinionPolicies.REVIEWER) || checkerApproves ? Optional.empty()
                : Optional.of(Refusal.forbidden("review.role-required", "a supplement request needs role REVIEWER"));
    }

    /**
     * Each supplement request stops the clock, so a task asks at most {@code maxPerTask} times after acceptance
     * (the one-time notice, 一次性告知, was meant to ask for everything); another needs a CHECKER's approval.
     */
    static Optional<Refusal> withinTheLimit(SupplementRequest s) {
        if (!s.beyondTheLimit() || s.actor().hasRole(OpinionPolicies.CHECKER)) {
            return Optional.empty();
        }
        return Optional.of(Refusal.conflict("review.supplement-limit", "task " + s.task().taskId() + " of case "
                + s.reviewCase().caseNumber() + " has asked for supplements " + s.reviewCase().supplementRequestsOf(
                s.task().taskId()) + " time(s) after acceptance; at most " + s.maxPerTask()
                + " unless a CHECKER of " + s.task().department() + " approves another (by sending it)"));
    }

    /** One stop of the clock at a time: a supplement is not asked while another pause runs. */
    static Optional<Refusal> oneStopAtATime(SupplementRequest s) {
        return s.reviewCase().openPause().map(open -> Refusal.conflict("review.case-paused",
                "case " + s.reviewCase().caseNumber() + " already awaits: " + open.reason()));
    }

    /** 一次性告知 in review too: the request lists what to supply. */
    static Optional<Refusal> materialsListed(SupplementRequest s) {
        return s.materials() != null && !s.materials().isEmpty() ? Optional.empty()
                : Optional.of(Refusal.invalid("materials", "review.materials-required", "list the materials to supply"));
    }
}
