package org.onewindow.monitor.alerts.adapters.scheduling;

import java.time.Duration;

import org.onewindow.monitor.alerts.application.AlertService;
import org.onewindow.platform.messaging.ScheduledScan;

/**
 * The scheduled 电子监察 scan, every {@code onewindow.monitor.scan.interval} when {@code onewindow.monitor.scan.enabled}.
 * A round runs under an advisory lock (one instance scans at a time) and raises each finding's alert once, with its
 * deterministic id; a failed round is logged and the next one tries again.
 */
public class AlertScan extends ScheduledScan {

    public AlertScan(AlertService alerts, boolean enabled, Duration interval) {
        super(ScheduledScan.named("alert-scan").every(interval).enabled(enabled).round(() -> alerts.scan()));
    }
}
