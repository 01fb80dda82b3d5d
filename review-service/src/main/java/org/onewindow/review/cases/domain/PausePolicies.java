package org.onewindow.review.cases.domain;

import java.util.List;
import java.util.Optional;

/**
 * The rules of starting and ending a special procedure (特别程序, Art. 45: hearing, testing, expert review; DESIGN §5
 * Clock: "special procedures pause the clock, each pause with a reason and an audit record"), asked in this order.
 * A department with an open task on the case decides, by a REVIEWER or a CHECKER.
 */
public final class PausePolicies {

    /** What the rules on who decides look at; {@link #what()} names the command in the refusal. */
    public sealed interface Handling permits PauseStart, PauseEnd {
        ReviewCase reviewCase();

        ActingUser actor();

        String what();
    }

    public record PauseStart(ReviewCase reviewCase, PauseKind kind, String reason, ActingUser actor) implements Handling {
        @Override
        public String what() {
            return "a special procedure";
        }
    }

    public record PauseEnd(ReviewCase reviewCase, Pause pause, ActingUser actor) implements Handling {
        @Override
        public String what() {
            return "ending a special procedure";
        }
    }

    static final List<CommandPolicy<PauseStart>> START = List.of(
            PausePolicies::caseIsOpen,
            PausePolicies::departmentWithAnOpenTask,
            PausePolicies::reviewerOrChecker,
            PausePolicies::oneStopAtATime,
            PausePolicies::specialProcedureKind,
            PausePolicies::reasonGiven);

    static final List<CommandPolicy<PauseEnd>> END = List.of(
            PausePolicies::caseIsOpen,
            PausePolicies::departmentWithAnOpenTask,
            PausePolicies::reviewerOrChecker,
            PausePolicies::notASupplement,
            PausePolicies::pauseStillOpen);

    private PausePolicies() {
    }

    public static void enforce(PauseStart start) {
        CommandPolicy.enforce(start, START);
    }

    public static void enforce(PauseEnd end) {
        CommandPolicy.enforce(end, END);
    }

    /** The role the actor decides in: REVIEWER before CHECKER (the rules above have made sure one of them is held). */
    public static String handlingRole(ActingUser actor) {
        return actor.hasRole(OpinionPolicies.REVIEWER) ? OpinionPolicies.REVIEWER : OpinionPolicies.CHECKER;
    }

    static Optional<Refusal> caseIsOpen(Handling s) {
        return CasePolicies.caseIsOpen(s.reviewCase());
    }

    static Optional<Refusal> departmentWithAnOpenTask(Handling s) {
        return s.reviewCase().route().handledBy(s.actor().department()) ? Optional.empty()
                : Optional.of(Refusal.forbidden("review.wrong-department", s.what()
                        + " is decided by a department with an open task on case " + s.reviewCase().caseNumber()
                        + ", not by " + s.actor().department()));
    }

    static Optional<Refusal> reviewerOrChecker(Handling s) {
        return s.actor().hasRole(OpinionPolicies.REVIEWER) || s.actor().hasRole(OpinionPolicies.CHECKER) ? Optional.empty()
                : Optional.of(Refusal.forbidden("review.role-required", s.what() + " needs role REVIEWER or CHECKER"));
    }

    /** One stop of the clock at a time. */
    static Optional<Refusal> oneStopAtATime(PauseStart s) {
        return s.reviewCase().openPause().map(open -> Refusal.conflict("review.case-paused",
                "case " + s.reviewCase().caseNumber() + " is already paused: " + open.reason()));
    }

    /** Materials are asked for with a supplement request (补正), which intake ends; here only Art. 45 kinds. */
    static Optional<Refusal> specialProcedureKind(PauseStart s) {
        return s.kind() != null && s.kind().specialProcedure() ? Optional.empty()
                : Optional.of(Refusal.invalid("kind", "review.special-procedure-kind",
                        "a special procedure is HEARING, TESTING or EXPERT_REVIEW; ask for materials with a supplement request"));
    }

    /** Every pause of the clock states its reason. */
    static Optional<Refusal> reasonGiven(PauseStart s) {
        return s.reason() != null && !s.reason().isBlank() ? Optional.empty()
                : Optional.of(Refusal.invalid("reason", "review.reason-required", "a pause of the clock needs a reason"));
    }

    /** A supplement pause ends when intake receives the materials (SupplementReceived), not by a department. */
    static Optional<Refusal> notASupplement(PauseEnd s) {
        return s.pause().kind().specialProcedure() ? Optional.empty()
                : Optional.of(Refusal.conflict("review.supplement-pause", "pause " + s.pause().pauseId()
                        + " awaits a supplement (补正); it ends when intake receives the materials"));
    }

    static Optional<Refusal> pauseStillOpen(PauseEnd s) {
        return s.pause().open() ? Optional.empty()
                : Optional.of(Refusal.conflict("review.pause-not-open", "pause " + s.pause().pauseId() + " ("
                        + s.pause().kind() + ") already ended on " + s.pause().resumedOn()));
    }
}
