package org.onewindow.monitor.alerts.application;

import org.onewindow.monitor.alerts.domain.Alert;

/** The live feed's side of raising an alert: appended in the scan's transaction, with the alert. */
public interface AlertFeed {

    void raised(Alert alert);
}
