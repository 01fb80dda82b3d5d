package org.onewindow.contracts.review;

/**
 * Why a case's clock stopped. {@code SUPPLEMENT} is a supplement request after acceptance (补正, answered by
 * intake's {@code SupplementReceived}); every other kind is a procedure of Art. 45 行政许可法, whose time is not
 * counted in the limit and must be told to the applicant in writing.
 */
public enum PauseKind {
    /** 补正 */
    SUPPLEMENT,
    /** 听证 */
    HEARING,
    /** 招标 */
    BIDDING,
    /** 拍卖 */
    AUCTION,
    /** 检验 */
    INSPECTION,
    /** 检测 (before 2026-11 also 检验检测 together) */
    TESTING,
    /** 检疫 */
    QUARANTINE,
    /** 鉴定 */
    APPRAISAL,
    /** 专家评审 */
    EXPERT_REVIEW
}
