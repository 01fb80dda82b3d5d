package org.onewindow.monitor.alerts.application;

import java.time.Duration;

/**
 * The figures of the time-based rules.
 *
 * @param pushWorkingDays working days after the decision within which an approval must reach the supervising
 *                        department (default 2, DESIGN §5 "Supervision")
 * @param grace           how long an absence across topics must last before it counts (reordering tolerance)
 */
public record ScanTerms(int pushWorkingDays, Duration grace) {
}
