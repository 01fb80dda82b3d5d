package org.onewindow.review.cases.domain;

/** The articles of the 行政许可法 the review clock rests on, as events and notices cite them. */
public final class LegalBasis {

    /** Extension of the limit by 10 (joint handling: 15) working days, the reason told to the applicant. */
    public static final String EXTENSION = "《中华人民共和国行政许可法》第四十二条";
    /** Hearing, bidding, auction, inspection, testing, quarantine, appraisal, expert review: not counted, told in writing. */
    public static final String SPECIAL_PROCEDURES = "《中华人民共和国行政许可法》第四十五条";
    /** The licence is issued (颁发、送达) within 10 working days after the decision. */
    public static final String LICENCE_ISSUE = "《中华人民共和国行政许可法》第四十四条";

    private LegalBasis() {
    }
}
