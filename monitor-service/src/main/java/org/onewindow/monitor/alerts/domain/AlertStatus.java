package org.onewindow.monitor.alerts.domain;

/** An alert is OPEN when raised, ACKNOWLEDGED once a MONITOR has seen it, RESOLVED when closed. */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED,
    RESOLVED
}
