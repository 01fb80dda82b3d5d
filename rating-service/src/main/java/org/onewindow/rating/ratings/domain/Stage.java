package org.onewindow.rating.ratings.domain;

/**
 * The stage of a case a rating is about; each is rated at most once (一次一评). 好差评 covers every service
 * experience (国办发〔2019〕51号), so a refusal and a one-time notice are rated too.
 */
public enum Stage {
    /** 受理环节: opened by intake's acceptance of the application. */
    ACCEPTANCE,
    /** 办结环节: opened when the result left through the single window (出件). */
    COMPLETION,
    /** 一次性告知: opened when the window listed every missing material at once (intake.OneTimeNoticeIssued). */
    NOTICE,
    /** 不予受理: opened when the window refused the application (intake.ApplicationNotAccepted). */
    REFUSAL;

    /** Whether {@code rating.RatingSubmitted.v1} can say this stage (it knows ACCEPTANCE and COMPLETION only). */
    public boolean inFirstContract() {
        return this == ACCEPTANCE || this == COMPLETION;
    }
}
