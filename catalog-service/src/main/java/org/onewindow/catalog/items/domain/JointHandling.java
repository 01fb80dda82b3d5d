package org.onewindow.catalog.items.domain;

/**
 * How several departments handle one licence together (行政许可法 第二十六条). The law gives such an item 45 working
 * days instead of 20 (第四十二条), extended by at most 15 with the approval of the head of the government at that
 * level.
 */
public enum JointHandling {
    /** 统一办理: one department receives the application and answers for the others */
    UNIFIED,
    /** 联合办理 */
    JOINT,
    /** 集中办理 */
    CENTRALISED
}
