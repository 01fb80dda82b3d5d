package org.onewindow.intake.catalog.domain;

/** How the departments of a route review a case. */
public enum RouteMode {
    /** 并联审批: every department at once. */
    PARALLEL,
    /** 串联审批: one department after another, in route order. */
    SERIAL
}
