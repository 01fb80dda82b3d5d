package org.onewindow.invariants;

/**
 * One breach of a DESIGN.md §4 invariant, on one case.
 *
 * @param invariant  1 to 6, as numbered in DESIGN.md §4
 * @param caseNumber the case it concerns
 * @param kind       what went wrong: an effect missing (lost), present twice (duplicated), contradicting its cause,
 *                   late, or the separation of approval and supervision broken
 * @param reason     a short sentence for the operator: which fact, which service
 */
public record Violation(int invariant, String caseNumber, Kind kind, String reason) {

    public Violation {
        if (invariant < 1 || invariant > 6) {
            throw new IllegalArgumentException("invariants are numbered 1 to 6, was " + invariant);
        }
    }

    public enum Kind {
        /** An acknowledged fact never reached a service downstream: a lost effect. */
        MISSING,
        /** The same effect happened twice (two distinct events, two records): a duplicated effect. */
        DUPLICATE,
        /** An effect contradicts its cause (another licence number, a rating of a stage never reached). */
        MISMATCH,
        /** A deadline passed without the step the invariant requires (claim or escalation). */
        LATE,
        /** 审管分离 broken: someone who handled the case supervises it. */
        SEPARATION
    }

    @Override
    public String toString() {
        return "invariant " + invariant + " " + kind + " " + caseNumber + ": " + reason;
    }
}
