package org.onewindow.supervision.records.domain;

/** What a follow-up finding does to the licence: 责令整改, 暂扣, 撤销 (the contract event names the same values). */
public enum ActionType {
    /** 责令整改: the licence stays valid */
    RECTIFY,
    /** 暂扣 / 暂停 */
    SUSPEND,
    /** 撤销 / 吊销: final */
    REVOKE
}
