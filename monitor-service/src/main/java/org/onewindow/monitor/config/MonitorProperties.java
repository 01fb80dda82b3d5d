package org.onewindow.monitor.config;

import java.time.Duration;

import jakarta.validation.Valid;
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
 * @param feed            the live feed (server-sent events; docs/monitor.md "Live feed")
 */
@ConfigurationProperties("onewindow.monitor")
@Validated
public record MonitorProperties(
        @DefaultValue("2") @Min(0) @Max(30) int pushWorkingDays,
        @DefaultValue("10m") @NotNull Duration grace,
        @DefaultValue Scan scan,
        @DefaultValue @Valid Feed feed) {

    /**
     * @param enabled  run the scan on a schedule (tests call it themselves)
     * @param interval pause between two scans (default 30 s)
     */
    public record Scan(@DefaultValue("true") boolean enabled, @DefaultValue("30s") @NotNull Duration interval) {
    }

    /**
     * @param ticketTtl         how long a ticket may wait to open its stream (default 30 s)
     * @param heartbeat         pause after which an idle stream gets a {@code : keep-alive} comment (default 15 s),
     *                          shorter than every proxy's idle timeout on the way
     * @param pollInterval      how often the feed table's head is read while streams are open (default 500 ms)
     * @param figuresInterval   at most one {@code figures} message per stream in this time (default 1 s)
     * @param maxStreams        open streams per instance; one more is refused with 503 (default 50)
     * @param streamTimeout     longest life of one stream; 0 for none (default: none, heartbeats keep it open)
     * @param batch             entries read per query when a stream catches up (default 200)
     * @param retention         entries older than this are trimmed, and a replay does not append them (default 7 days)
     * @param maxEntries        entries kept at most, whatever their age (default 1,000,000)
     * @param retentionInterval pause between two trims (default 1 hour)
     */
    public record Feed(
            @DefaultValue("30s") @NotNull Duration ticketTtl,
            @DefaultValue("15s") @NotNull Duration heartbeat,
            @DefaultValue("500ms") @NotNull Duration pollInterval,
            @DefaultValue("1s") @NotNull Duration figuresInterval,
            @DefaultValue("50") @Min(1) @Max(10_000) int maxStreams,
            @DefaultValue("0s") @NotNull Duration streamTimeout,
            @DefaultValue("200") @Min(1) @Max(10_000) int batch,
            @DefaultValue("7d") @NotNull Duration retention,
            @DefaultValue("1000000") @Min(1000) long maxEntries,
            @DefaultValue("1h") @NotNull Duration retentionInterval) {
    }

    public ScanTerms terms() {
        return new ScanTerms(pushWorkingDays, grace);
    }
}
