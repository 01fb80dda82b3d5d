package org.onewindow.rating.ratings.domain;

/** The stage of a case a rating is about; each is rated at most once (一次一评). */
public enum Stage {
    /** 受理环节: opened by intake's acceptance of the application. */
    ACCEPTANCE,
    /** 办结环节: opened when the result left through the single window (出件). */
    COMPLETION
}
