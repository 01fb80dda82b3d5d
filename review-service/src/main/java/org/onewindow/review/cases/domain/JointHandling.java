package org.onewindow.review.cases.domain;

/**
 * How the catalog's item version says several departments handle the licence together (行政许可法 第二十六条):
 * 统一办理, 联合办理, 集中办理. Such a case has 45 working days (Art. 42), extended by at most 15 with the approval of
 * the head of the government at that level (本级人民政府负责人), role GOVERNMENT_HEAD.
 */
public enum JointHandling {
    /** 统一办理 */
    UNIFIED,
    /** 联合办理 */
    JOINT,
    /** 集中办理 */
    CENTRALISED
}
