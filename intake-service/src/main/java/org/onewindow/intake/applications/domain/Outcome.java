package org.onewindow.intake.applications.domain;

/** The outcome of review's approval decision (审批决定), as intake received it. */
public enum Outcome {
    /** 准予许可: a licence is issued */
    APPROVED,
    /** 不予许可 */
    REJECTED
}
