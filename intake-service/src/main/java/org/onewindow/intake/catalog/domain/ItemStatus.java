package org.onewindow.intake.catalog.domain;

/** Whether an item version is open for applications. */
public enum ItemStatus {
    /** open for applications */
    PUBLISHED,
    /** temporarily closed for new applications; cases already accepted continue */
    SUSPENDED,
    /** withdrawn from the catalog ("目录之外无审批") */
    REVOKED
}
