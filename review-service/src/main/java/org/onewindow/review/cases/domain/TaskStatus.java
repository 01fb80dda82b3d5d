package org.onewindow.review.cases.domain;

/**
 * A department task: WAITING while an earlier department of a serial route has not approved, OPEN while
 * it is being handled, then APPROVED or REJECTED; CANCELLED when the case was decided without it.
 */
public enum TaskStatus {
    WAITING,
    OPEN,
    APPROVED,
    REJECTED,
    CANCELLED;

    public boolean finished() {
        return this == APPROVED || this == REJECTED || this == CANCELLED;
    }
}
