package org.onewindow.catalog.items.domain;

/** 并联审批 (all departments at once) or 串联审批 (one after another, in the listed order). */
public enum RouteMode {
    PARALLEL, SERIAL
}
