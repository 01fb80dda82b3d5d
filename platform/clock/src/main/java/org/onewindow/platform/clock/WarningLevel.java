package org.onewindow.platform.clock;

/** 电子监察 warning lights: none, 黄灯 (near the promised deadline), 红灯 (past it). */
public enum WarningLevel {
    NONE,
    YELLOW,
    RED
}
