package org.onewindow.review.cases.domain;

/** 电子监察 warnings: YELLOW (黄灯) shortly before the promised deadline, RED (红灯) past it. */
public enum WarningLevel {
    YELLOW,
    RED
}
