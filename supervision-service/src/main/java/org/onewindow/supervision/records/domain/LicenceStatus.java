package org.onewindow.supervision.records.domain;

/** What supervision findings made of the licence (证照) so far. */
public enum LicenceStatus {
    VALID,
    /** 责令整改: still valid */
    RECTIFICATION_ORDERED,
    /** 暂扣 / 暂停 */
    SUSPENDED,
    /** 撤销 / 吊销: final, no further action */
    REVOKED
}
