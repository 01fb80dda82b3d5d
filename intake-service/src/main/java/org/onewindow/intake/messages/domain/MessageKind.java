package org.onewindow.intake.messages.domain;

/** The steps the applicant is told of (issue 10, item 6). */
public enum MessageKind {
    /** 一次性告知 at the window (Art. 32 (1) 4). */
    NOTICE_ISSUED,
    /** 不予受理 (Art. 32 (1) 2, (2)). */
    NOT_ACCEPTED,
    /** 补正 asked for by a review department after acceptance. */
    SUPPLEMENT_REQUESTED,
    /** 延期 (Art. 42): the reason and the new deadline. */
    DEADLINE_EXTENDED,
    /** 特别程序 (Art. 45): the kind, the reason, the time it needs. */
    PROCEDURE_PAUSED,
    /** The clock runs again after a special procedure: the new deadline. */
    PROCEDURE_RESUMED,
    /** 审批决定 (Art. 38). */
    DECIDED,
    /** The result waits at the single window or is on its way (Art. 44). */
    RESULT_READY,
    /** 出件: the result was collected or sent, by which method (EMS tracking number, electronic licence number). */
    RESULT_DELIVERED,
    /** A published calendar year moved the case's deadlines (Art. 82): the old and the new dates. */
    DEADLINES_RECOMPUTED,
    /** 电子证照已签发: the electronic licence is a document of the case, to download (issue 11). */
    LICENCE_ISSUED,
    /** 好差评: the applicant is invited to rate the service. */
    RATING_INVITATION,
    /** 差评整改: how the applicant's bad rating ended. */
    RECTIFICATION_OUTCOME
}
