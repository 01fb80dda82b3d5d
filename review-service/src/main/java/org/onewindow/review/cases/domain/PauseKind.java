package org.onewindow.review.cases.domain;

/**
 * Why the clock stopped: a supplement request (补正, ends when intake receives the materials) or one of the
 * procedures Art. 45 行政许可法 names, whose time is not counted in the limit and is told to the applicant in writing
 * (ended by the department): 听证, 招标, 拍卖, 检验, 检测, 检疫, 鉴定, 专家评审. {@code TESTING} stood for 检验检测
 * together before {@code INSPECTION} was split off; stored pauses keep it.
 */
public enum PauseKind {
    SUPPLEMENT("补正"),
    HEARING("听证"),
    BIDDING("招标"),
    AUCTION("拍卖"),
    INSPECTION("检验"),
    TESTING("检测"),
    QUARANTINE("检疫"),
    APPRAISAL("鉴定"),
    EXPERT_REVIEW("专家评审");

    private final String label;

    PauseKind(String label) {
        this.label = label;
    }

    public boolean specialProcedure() {
        return this != SUPPLEMENT;
    }

    /** The procedure's name as the law and the applicant's notice write it. */
    public String label() {
        return label;
    }

    /** The article the stop rests on; null for a supplement (a request of the department, not a procedure). */
    public String legalBasis() {
        return specialProcedure() ? LegalBasis.SPECIAL_PROCEDURES : null;
    }
}
