package org.onewindow.supervision.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The escalation scan is scheduled from the validated properties (no placeholder keeps a second default). */
class EscalationScheduleTest {

    private static ScheduledTaskRegistrar scheduled(boolean enabled, Duration interval) {
        SupervisionProperties properties = new SupervisionProperties(2, 2,
                new SupervisionProperties.Escalation(enabled, interval));
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new SupervisionConfiguration().escalationSchedule(null, properties).configureTasks(registrar);
        return registrar;
    }

    @Test
    void an_enabled_scan_runs_every_scan_interval_after_a_first_wait_of_one_interval() {
        assertThat(scheduled(true, Duration.ofSeconds(90)).getFixedDelayTaskList()).singleElement().satisfies(task -> {
            assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofSeconds(90));
            assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofSeconds(90));
        });
    }

    @Test
    void a_disabled_scan_is_not_scheduled() {
        assertThat(scheduled(false, Duration.ofMinutes(1)).getFixedDelayTaskList()).isEmpty();
    }
}
