package org.onewindow.review.cases.domain;

import java.util.Objects;
import java.util.Optional;

/** The rules several commands share, each with its one home here; the command groups' policies refer to them. */
public final class CasePolicies {

    private CasePolicies() {
    }

    /** A decided case (APPROVED or REJECTED) takes no further opinion, pause or extension. */
    public static Optional<Refusal> caseIsOpen(ReviewCase c) {
        return c.status() == CaseStatus.OPEN ? Optional.empty()
                : Optional.of(Refusal.conflict("review.case-decided",
                        "case " + c.caseNumber() + " is already decided (" + c.status() + ")"));
    }

    /** 后台分类审批: a department handles its own tasks only. */
    public static Optional<Refusal> taskOfOwnDepartment(DepartmentTask t, ActingUser a) {
        return Objects.equals(t.department(), a.department()) ? Optional.empty()
                : Optional.of(Refusal.forbidden("review.wrong-department",
                        "task " + t.taskId() + " belongs to department " + t.department() + ", not to " + a.department()));
    }

    /** The refusal of a command that needs the task (and its case) in another state; its rule decides when. */
    static Refusal taskNotOpen(ReviewCase c, DepartmentTask t) {
        return Refusal.conflict("review.task-not-open", "task " + t.taskId() + " is " + t.status() + " on a case that is " + c.status());
    }
}
