package org.onewindow.review.cases.domain;

import java.util.List;
import java.util.Optional;

/**
 * The rules an opinion must pass (DESIGN §5 Review: department tasks, 一审一核, AB岗), each a named policy returning
 * a refusal or nothing. They run in order: who may act (403), then the state of the case and task (409), then the
 * input (422); the first refusal wins. Rules shared with other commands live in {@link CasePolicies}.
 */
public final class OpinionPolicies {

    public static final String REVIEWER = "REVIEWER";
    public static final String CHECKER = "CHECKER";
    public static final String WINDOW_CLERK = "WINDOW_CLERK";

    /** One rule; {@code Optional.empty()} means allowed. */
    @FunctionalInterface
    public interface OpinionPolicy {
        Optional<Refusal> check(ReviewCase reviewCase, DepartmentTask task, ActingUser actor, OpinionRequest request);
    }

    static final List<OpinionPolicy> ALL = List.of(
            OpinionPolicies::caseIsOpen,
            OpinionPolicies::sameDepartment,
            OpinionPolicies::deputyHoldsTheTask,
            OpinionPolicies::roleFitsTheStep,
            OpinionPolicies::twoPersonRule,
            OpinionPolicies::taskIsOpen,
            OpinionPolicies::stepNotCompleted,
            OpinionPolicies::checkAfterReview,
            OpinionPolicies::clockRunning,
            OpinionPolicies::rejectionHasReasons);

    private OpinionPolicies() {
    }

    /** The first refusal of all policies, if any. */
    public static Optional<Refusal> firstRefusal(ReviewCase reviewCase, DepartmentTask task, ActingUser actor,
                                                 OpinionRequest request) {
        return ALL.stream()
                .map(policy -> policy.check(reviewCase, task, actor, request))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Throws the kernel exception of the first refusal (nothing has changed on the case yet), else returns. */
    public static void enforce(ReviewCase reviewCase, DepartmentTask task, ActingUser actor, OpinionRequest request) {
        firstRefusal(reviewCase, task, actor, request).ifPresent(refusal -> {
            throw Refusal.toException(refusal);
        });
    }

    /** The role an opinion is recorded in: CHECKER for CHECK; REVIEWER, else the accepting WINDOW_CLERK, for REVIEW. */
    public static String roleFor(StepKind step, ActingUser actor) {
        if (step == StepKind.CHECK) {
            return CHECKER;
        }
        return actor.hasRole(REVIEWER) ? REVIEWER : WINDOW_CLERK;
    }

    /** {@link CasePolicies#caseIsOpen}. */
    static Optional<Refusal> caseIsOpen(ReviewCase c, DepartmentTask t, ActingUser a, OpinionRequest r) {
        return CasePolicies.caseIsOpen(c);
    }

    /** 后台分类审批: only the task's own department handles it; the accepting clerk may finish an immediate item. */
    static Optional<Refusal> sameDepartment(ReviewCase c, DepartmentTask t, ActingUser a, OpinionRequest r) {
        return clerkAtTheWindow(c, t, a) ? Optional.empty() : CasePolicies.taskOfOwnDepartment(t, a);
    }

    /**
     * AB岗 (DESIGN §5 Review: "a task can go to a named deputy"): once a deputy is named for the task's next step,
     * only the deputy may complete it.
     */
    static Optional<Refusal> deputyHoldsTheTask(ReviewCase c, DepartmentTask t, ActingUser a, OpinionRequest r) {
        if (t.deputyUserId() == null || t.deputyUserId().equals(a.userId())) {
            return Optional.empty();
        }
        return Optional.of(Refusal.forbidden("review.assigned-to-deputy",
                "task " + t.taskId() + " is assigned to deputy " + t.deputyUserId()));
    }

    /** 审核 is a REVIEWER's step (or the accepting clerk's on an immediate item), 核准 a CHECKER's. */
    static Optional<Refusal> roleFitsTheStep(ReviewCase c, DepartmentTask t, ActingUser a, OpinionRequest r) {
        if (r.step() == StepKind.CHECK) {
            return a.hasRole(CHECKER) ? Optional.empty()
                    : Optional.of(Refusal.forbidden("review.role-required", "the CHECK step (核准) needs role CHECKER"));
        }
        if (a.hasRole(REVIEWER) || clerkAtTheWindow(c, t, a)) {
            return Optional.empty();
        }
        return Optional.of(Refusal.forbidden("review.role-required", "the REVIEW step (审核) needs role REVIEWER"));
    }

    /**
     * 一审一核 (DESIGN §5 Review: "reviewer and checker differ"; §5 E-supervision: "a reviewer checking their own
     * work"): the checker must not be the person who reviewed the same task.
     */
    static Optional<Refusal> twoPersonRule(ReviewCase c, DepartmentTask t, ActingUser a, OpinionRequest r) {
        if (r.step() == StepKind.CHECK && t.review() != null && t.review().userId().equals(a.userId())) {
            return Optional.of(Refusal.forbidden("review.two-person-rule",
                    "user " + a.userId() + " reviewed task " + t.taskId() + " and cannot also check it (一审一核)"));
        }
        return Optional.empty();
    }

    /** A WAITING task of a serial route, or a CANCELLED one, takes no opinion. */
    static Optional<Refusal> taskIsOpen(ReviewCase c, DepartmentTask t, ActingUser a, OpinionRequest r) {
        if (t.status() == TaskStatus.WAITING) {
            return Optional.of(Refusal.conflict("review.task-not-open",
                    "task " + t.taskId() + " is WAITING for an earlier department of the serial route"));
        }
        if (t.status() == TaskStatus.CANCELLED) {
            return Optional.of(Refusal.conflict("review.task-not-open", "task " + t.taskId() + " is CANCELLED"));
        }
        return Optional.empty();
    }

    /** A task without 一审一核 has no CHECK step; a completed step is not completed again. */
    static Optional<Refusal> stepNotCompleted(ReviewCase c, DepartmentTask t, ActingUser a, OpinionRequest r) {
        if (r.step() == StepKind.CHECK && !t.twoPersonReview()) {
            return Optional.of(Refusal.invalid("step", "review.no-check-step",
                    "task " + t.taskId() + " has a single REVIEW step (no 一审一核 on this item)"));
        }
        StepRecord done = t.step(r.step());
        if (done != null) {
            return Optional.of(Refusal.conflict("review.step-already-completed",
                    "step " + r.step() + " of task " + t.taskId() + " was already completed by " + done.userId()
                            + " (" + done.opinion() + "); the task is " + t.status()));
        }
        return Optional.empty();
    }

    /** 核准 comes after 审核. */
    static Optional<Refusal> checkAfterReview(ReviewCase c, DepartmentTask t, ActingUser a, OpinionRequest r) {
        if (r.step() == StepKind.CHECK && t.review() == null) {
            return Optional.of(Refusal.conflict("review.review-not-completed",
                    "task " + t.taskId() + " has no REVIEW (审核) yet; CHECK (核准) comes after it"));
        }
        return Optional.empty();
    }

    /** DESIGN §5 Clock: while a pause (补正, special procedure) runs the clock is stopped, and so is the review. */
    static Optional<Refusal> clockRunning(ReviewCase c, DepartmentTask t, ActingUser a, OpinionRequest r) {
        return c.openPause().isPresent()
                ? Optional.of(Refusal.conflict("review.case-paused",
                        "case " + c.caseNumber() + " is paused: " + c.openPause().get().reason()))
                : Optional.empty();
    }

    /** DESIGN §5 E-supervision ("refusal without reasons"): a rejection states its reasons. */
    static Optional<Refusal> rejectionHasReasons(ReviewCase c, DepartmentTask t, ActingUser a, OpinionRequest r) {
        return r.opinion() == Opinion.REJECT && r.reasons().isEmpty()
                ? Optional.of(Refusal.invalid("reasons", "review.reasons-required", "a rejection must state its reasons"))
                : Optional.empty();
    }

    private static boolean clerkAtTheWindow(ReviewCase c, DepartmentTask t, ActingUser a) {
        return c.opening().immediate() && !t.twoPersonReview() && a.hasRole(WINDOW_CLERK)
                && a.userId().equals(c.opening().acceptedBy());
    }
}
