package org.onewindow.supervision.records.domain;

/** The finding of an inspection (检查结果). */
public enum InspectionResult {
    /** 未发现问题 */
    COMPLIANT,
    /** 发现问题, 责令整改 */
    DEFICIENCIES_FOUND,
    /** 严重违法: a licence action should follow */
    SERIOUS_VIOLATION
}
