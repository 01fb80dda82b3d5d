package org.onewindow.review.cases.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a statutory extension (延期, Art. 42; DESIGN §5 Clock: "the statutory one (20 working days, +10 with
 * an extension approved by the agency head; 45, +15, for joint or centralised handling)"), asked in this order.
 * A single department's case: the agency head (本行政机关负责人), for whom the CHECKER of the implementing department
 * stands. A case handled jointly (the catalog's item version says so): the head of the government at that level
 * (本级人民政府负责人), role GOVERNMENT_HEAD, whatever their department.
 */
public final class ExtensionPolicies {

    /** What the rules look at: the request, and the case's legal clock on the day asked ({@code today}). */
    public record ExtensionRequest(ReviewCase reviewCase, int workingDays, String reason, ActingUser actor,
                                   LegalClock clock, LocalDate today, ExtensionRules rules) {
    }

    /** 本级人民政府负责人: approves extensions of jointly handled cases. */
    public static final String GOVERNMENT_HEAD = "GOVERNMENT_HEAD";

    /** The role an extension of this case is approved in. */
    static String approvingRole(CaseOpening opening) {
        return opening.joint() ? GOVERNMENT_HEAD : OpinionPolicies.CHECKER;
    }

    static final List<CommandPolicy<ExtensionRequest>> ALL = List.of(
            ExtensionPolicies::caseIsOpen,
            ExtensionPolicies::implementingDepartmentApproves,
            ExtensionPolicies::agencyHeadApproves,
            ExtensionPolicies::extendedOnce,
            ExtensionPolicies::beforeTheStatutoryDeadline,
            ExtensionPolicies::withinTheLegalMaximum,
            ExtensionPolicies::reasonGiven);

    private ExtensionPolicies() {
    }

    public static void enforce(ExtensionRequest request) {
        CommandPolicy.enforce(request, ALL);
    }

    static Optional<Refusal> caseIsOpen(ExtensionRequest s) {
        return CasePolicies.caseIsOpen(s.reviewCase());
    }

    /**
     * The implementing department's head approves (the route's first department when none is named); for joint
     * handling the government's head, who belongs to no department of the route.
     */
    static Optional<Refusal> implementingDepartmentApproves(ExtensionRequest s) {
        if (s.reviewCase().opening().joint()) {
            return Optional.empty();
        }
        String approving = s.reviewCase().opening().approvingDepartment();
        return approving.equals(s.actor().department()) ? Optional.empty()
                : Optional.of(Refusal.forbidden("review.wrong-department", "an extension of case " + s.reviewCase().caseNumber()
                        + " is approved by the implementing department " + approving + ", not by " + s.actor().department()));
    }

    /** 本行政机关负责人: the agency head, for whom the CHECKER stands; 本级人民政府负责人 for joint handling. */
    static Optional<Refusal> agencyHeadApproves(ExtensionRequest s) {
        if (s.reviewCase().opening().joint()) {
            return s.actor().hasRole(GOVERNMENT_HEAD) ? Optional.empty()
                    : Optional.of(Refusal.forbidden("review.role-required", "case " + s.reviewCase().caseNumber()
                            + " is handled jointly (" + s.reviewCase().opening().jointHandling() + "): its extension is"
                            + " approved by the head of the government (Art. 42): role GOVERNMENT_HEAD"));
        }
        return s.actor().hasRole(OpinionPolicies.CHECKER) ? Optional.empty()
                : Optional.of(Refusal.forbidden("review.role-required",
                        "an extension is approved by the agency head: role CHECKER of department "
                                + s.reviewCase().opening().approvingDepartment()));
    }

    /** The statutory limit is extended once per case. */
    static Optional<Refusal> extendedOnce(ExtensionRequest s) {
        StatutoryExtension granted = s.reviewCase().extension();
        return granted == null ? Optional.empty()
                : Optional.of(Refusal.conflict("review.already-extended", "case " + s.reviewCase().caseNumber()
                        + " was already extended by " + granted.workingDays() + " working days on " + granted.approvedOn()
                        + "; the statutory limit is extended once"));
    }

    /** An extension is granted before the statutory deadline has passed (on the deadline day it still is). */
    static Optional<Refusal> beforeTheStatutoryDeadline(ExtensionRequest s) {
        return s.clock().statutoryWorkingDaysLeft(s.today()) >= 0 ? Optional.empty()
                : Optional.of(Refusal.conflict("review.statutory-deadline-passed", "the statutory deadline of case "
                        + s.reviewCase().caseNumber() + " passed on " + s.reviewCase().deadlines().statutory()
                        + "; an extension is granted before it"));
    }

    /** +10 working days at most, +15 for joint or centralised handling ({@link ExtensionRules}). */
    static Optional<Refusal> withinTheLegalMaximum(ExtensionRequest s) {
        CaseOpening opening = s.reviewCase().opening();
        int max = s.rules().maxFor(opening);
        return s.workingDays() >= 1 && s.workingDays() <= max ? Optional.empty()
                : Optional.of(Refusal.invalid("workingDays", "review.extension-limit", "an extension adds 1 to " + max
                        + " working days" + (s.rules().joint(opening) ? " (joint handling)" : "") + "; asked for " + s.workingDays()));
    }

    static Optional<Refusal> reasonGiven(ExtensionRequest s) {
        return s.reason() != null && !s.reason().isBlank() ? Optional.empty()
                : Optional.of(Refusal.invalid("reason", "review.reason-required", "an extension needs a reason"));
    }
}
