package org.onewindow.supervision.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.onewindow.supervision.records.adapters.scheduling.EscalationScan;

/** The escalation scan is scheduled from the validated properties (no placeholder keeps a second default). */
class EscalationScheduleTest {

    private static EscalationScan scheduled(boolean enabled, Duration interval) {
        SupervisionProperties properties = new SupervisionProperties(2, 2,
                new SupervisionProperties.Escalation(enabled, interval));
        return new SupervisionConfiguration().escalationScan(null, properties);
    }

    @Test
    void an_enabled_scan_runs_every_scan_interval_after_a_first_wait_of_one_interval() {
        EscalationScan scan = scheduled(true, Duration.ofSeconds(90));
        assertThat(scan.enabled()).isTrue();
        assertThat(scan.delay()).isEqualTo(Duration.ofSeconds(90));
        assertThat(scan.initialDelay()).isEqualTo(Duration.ofSeconds(90));
        try {
            scan.start();
            assertThat(scan.isRunning()).isTrue();
        } finally {
            scan.stop();
        }
    }

    @Test
    void a_disabled_scan_is_not_scheduled() {
        EscalationScan scan = scheduled(false, Duration.ofMinutes(1));
        scan.start();
        assertThat(scan.isRunning()).isFalse();
    }
}
