package org.onewindow.monitor.config;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.onewindow.monitor.alerts.application.ScanTerms;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code onewindow.monitor.*}, checked when the service starts.
 *
 * @param pushWorkingDays working days after a decision within which the approval must reach the supervising
 *                        department (DESIGN §5: 2)
 * @param grace           how long a fact expected from another topic may be missing before a rule counts it as
 *                        absent (events of different topics arrive in any order; default 10 minutes)
 * @param scan            the scheduled 电子监察 scan
 */
@ConfigurationProperties("onewindow.monitor")
@Validated
public record MonitorProperties(
        @DefaultValue("2") @Min(0) @Max(30) int pushWorkingDays,
        @DefaultValue("10m") @NotNull Duration grace,
        @DefaultValue Scan scan) {

    /**
     * @param enabled  run the scan on a schedule (tests call it themselves)
     * @param interval pause between two scans (default 30 s)
     */
    public record Scan(@DefaultValue("true") boolean enabled, @DefaultValue("30s") @NotNull Duration interval) {
    }

    public ScanTerms terms() {
        return new ScanTerms(pushWorkingDays, grace);
    }
}
