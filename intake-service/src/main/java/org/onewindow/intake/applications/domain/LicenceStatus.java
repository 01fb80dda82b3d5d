package org.onewindow.intake.applications.domain;

/** The licence's standing after supervision findings (invariant 5: a suspended or revoked licence shows as such). */
public enum LicenceStatus {
    VALID,
    /** 暂扣 / 暂停 */
    SUSPENDED,
    /** 撤销 / 吊销 */
    REVOKED
}
