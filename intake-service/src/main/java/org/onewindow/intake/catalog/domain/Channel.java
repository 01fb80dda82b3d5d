package org.onewindow.intake.catalog.domain;

/** Where an application can be submitted (一窗通办: all channels are the same data). */
public enum Channel {
    /** 综合窗口 */
    WINDOW,
    /** 一网通办 website */
    ONLINE,
    /** mobile app or mini-programme */
    MOBILE,
    /** 村代办员: a village agent applies on the applicant's behalf */
    VILLAGE_AGENT
}
