package org.onewindow.intake.catalog.domain;

/** How a city power is made available at a lower level. */
public enum DelegationMode {
    /** not available at this level */
    NONE,
    /** 下放 */
    DELEGATED,
    /** 委托 */
    ENTRUSTED,
    /** 延伸 */
    EXTENDED,
    /** 代办 */
    PROXY
}
