package org.onewindow.rating.rectifications.domain;

/**
 * Where a rectification (差评整改) stands: OPEN → VERIFIED → RECTIFIED → FOLLOWED_UP → CLOSED, or APPEALED by the
 * rated department from OPEN or VERIFIED (docs/rating.md, "The rectification loop").
 */
public enum RectificationStatus {
    /** 待核实: opened by the bad rating; the department checks whether the complaint is founded. */
    OPEN,
    /** 整改中: the complaint is founded; the department rectifies by {@code dueOn}. */
    VERIFIED,
    /** 已整改: the department said what it did; the applicant is to be called back (回访). */
    RECTIFIED,
    /** 已回访: the applicant said they are satisfied; the department closes the rectification. */
    FOLLOWED_UP,
    /** 申诉中: the rated department appealed the bad rating; a MONITOR decides. */
    APPEALED,
    /** 已办结: see the outcome. */
    CLOSED;

    public boolean closed() {
        return this == CLOSED;
    }
}
