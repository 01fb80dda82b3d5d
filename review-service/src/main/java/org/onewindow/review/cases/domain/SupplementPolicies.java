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
                                    ActingUser actor) {
    }

    static final List<CommandPolicy<SupplementRequest>> ALL = List.of(
            SupplementPolicies::taskIsOpen,
            SupplementPolicies::sameDepartment,
            SupplementPolicies::reviewerAsks,
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

    /** The reviewer (审核) of the task decides what is missing. */
    static Optional<Refusal> reviewerAsks(SupplementRequest s) {
        return s.actor().hasRole(OpinionPolicies.REVIEWER) ? Optional.empty()
                : Optional.of(Refusal.forbidden("review.role-required", "a supplement request needs role REVIEWER"));
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
