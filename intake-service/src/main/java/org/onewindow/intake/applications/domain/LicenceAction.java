package org.onewindow.intake.applications.domain;

/** What supervision did to a licence after its findings. */
public enum LicenceAction {
    /** 责令整改: the licence stays valid */
    RECTIFY,
    /** 暂扣 / 暂停 */
    SUSPEND,
    /** 撤销 / 吊销 */
    REVOKE
}
