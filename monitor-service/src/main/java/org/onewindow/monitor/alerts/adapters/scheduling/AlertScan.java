package org.onewindow.monitor.alerts.adapters.scheduling;

import org.onewindow.monitor.alerts.application.AlertService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled 电子监察 scan; {@code config.MonitorConfiguration} runs it every
 * {@code onewindow.monitor.scan.interval} when {@code onewindow.monitor.scan.enabled}. A failed round is logged and
 * the next one tries again.
 */
public class AlertScan implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(AlertScan.class);

    private final AlertService alerts;

    public AlertScan(AlertService alerts) {
        this.alerts = alerts;
    }

    @Override
    public void run() {
        try {
            alerts.scan();
        } catch (RuntimeException e) {
            log.warn("电子监察 scan failed; the next round tries again: {}", e.toString());
        }
    }
}
