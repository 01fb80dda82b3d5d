package org.onewindow.contracts.review;

/** The outcome of an approval decision (审批决定). */
public enum Outcome {
    /** 准予许可: a licence is issued */
    APPROVED,
    /** 不予许可: reasons are mandatory */
    REJECTED
}
