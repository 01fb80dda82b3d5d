package org.onewindow.rating.ratings.domain;

/** The five levels of 好差评; the last two are bad ratings (差评) and open a rectification. */
public enum Level {
    /** 非常满意 */
    VERY_SATISFIED,
    /** 满意 */
    SATISFIED,
    /** 基本满意 */
    BASICALLY_SATISFIED,
    /** 不满意 */
    DISSATISFIED,
    /** 非常不满意 */
    VERY_DISSATISFIED;

    /** 差评: DISSATISFIED or VERY_DISSATISFIED. */
    public boolean bad() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }

    /**
     * Counts towards the satisfaction rate (满意率): "satisfied or better" (GLOSSARY), so BASICALLY_SATISFIED
     * does not count although it is not bad.
     */
    public boolean satisfied() {
        return this == VERY_SATISFIED || this == SATISFIED;
    }
}
