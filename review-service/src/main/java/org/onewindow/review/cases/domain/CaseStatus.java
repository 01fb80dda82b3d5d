package org.onewindow.review.cases.domain;

/** A review case is open until its decision (审批决定). */
public enum CaseStatus {
    OPEN,
    APPROVED,
    REJECTED
}
