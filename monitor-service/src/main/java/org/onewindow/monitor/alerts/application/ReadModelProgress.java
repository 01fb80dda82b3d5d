package org.onewindow.monitor.alerts.application;

/**
 * Whether monitor's consumers have read every public topic to its end. The scan judges only a caught-up read model:
 * while a rebuild or a new deployment replays history, a case's decision may still be on its way, and an alert
 * raised on the half-read model would be wrong (and, with its deterministic id, would stay).
 */
public interface ReadModelProgress {

    boolean caughtUp();
}
