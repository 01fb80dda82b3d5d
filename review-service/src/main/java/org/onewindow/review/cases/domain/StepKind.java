package org.onewindow.review.cases.domain;

/** The two steps of a department task: 审核 (REVIEW) then 核准 (CHECK). */
public enum StepKind {
    REVIEW,
    CHECK
}
