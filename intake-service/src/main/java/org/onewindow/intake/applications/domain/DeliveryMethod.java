package org.onewindow.intake.applications.domain;

/** How a result leaves the single window (出件); each names what a delivery must record (docs/intake.md "Delivery"). */
public enum DeliveryMethod {
    /** 窗口领取: who collected it */
    WINDOW_PICKUP,
    /** 邮寄 (EMS): the tracking number */
    MAIL,
    /** 送证上门 */
    DOOR_DELIVERY,
    /** 电子证照: the electronic licence, by the decision's licence number */
    ELECTRONIC
}
