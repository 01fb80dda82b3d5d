package org.onewindow.intake.applications.domain;

/** Where an application stands. The case number exists from submission in every status. */
public enum ApplicationStatus {
    /** 一次性告知 issued: materials missing or defective, waiting for the applicant */
    NOTICE_ISSUED,
    /** 受理: accepted (possibly with deficiency, 容缺受理); the legal clock runs */
    ACCEPTED,
    /** 不予受理 */
    NOT_ACCEPTED,
    /** review opened its case */
    IN_REVIEW,
    /** 补正: a review department asked for materials; the review clock is paused */
    SUPPLEMENT_REQUESTED,
    /** 审批决定 made; the result waits for delivery (出件) */
    DECIDED,
    /** 出件: the result left through the single window */
    DELIVERED
}
