package org.onewindow.intake.applications.domain;

/** How a result leaves the single window (出件). */
public enum DeliveryMethod {
    /** 窗口领取 */
    WINDOW_PICKUP,
    /** 邮寄 */
    MAIL,
    /** 送证上门 */
    DOOR_DELIVERY
}
