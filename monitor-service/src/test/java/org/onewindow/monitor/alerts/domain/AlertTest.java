package org.onewindow.monitor.alerts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.StateConflict;

class AlertTest {

    private static final AuditActor SYSTEM = AuditActor.system("monitor");
    private static final AuditActor MONITOR = new AuditActor("monitor-1", "监察员", "MONITOR", null, null);
    private static final Instant AT = Instant.parse("2025-04-09T00:00:00Z");
    private static final Finding FINDING = new Finding(Rule.CASE_PAST_STATUTORY_DEADLINE, "330102-20250311-0042",
            "SCJGJ", "330102001", "330102-000201-01", "statutory deadline passed");

    @Test
    void a_raised_alert_is_open_with_its_deterministic_id_and_one_raised_event() {
        Alert alert = Alert.raise(FINDING, AT, SYSTEM);

        assertThat(alert.id()).isEqualTo(AlertIds.of(Rule.CASE_PAST_STATUTORY_DEADLINE, "330102-20250311-0042"));
        assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(alert.changes().events()).singleElement().isInstanceOf(AlertEvent.Raised.class);
        assertThat(alert.changes().auditEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("ALERT_RAISED"));
    }

    @Test
    void acknowledging_then_resolving_records_who_and_when() {
        Alert alert = Alert.raise(FINDING, AT, SYSTEM);
        alert.changes().clear();

        alert.acknowledge(MONITOR, AT.plusSeconds(60));
        alert.resolve(MONITOR, AT.plusSeconds(120));

        assertThat(alert.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(alert.acknowledgedBy()).isEqualTo("monitor-1");
        assertThat(alert.resolvedAt()).isEqualTo(AT.plusSeconds(120));
        assertThat(alert.changes().events()).hasSize(2);
    }

    @Test
    void repeating_an_action_changes_nothing() {
        Alert alert = Alert.raise(FINDING, AT, SYSTEM);
        alert.acknowledge(MONITOR, AT);
        alert.resolve(MONITOR, AT);
        alert.changes().clear();

        alert.resolve(MONITOR, AT.plusSeconds(5));

        assertThat(alert.changes().isEmpty()).isTrue();
        assertThat(alert.resolvedAt()).isEqualTo(AT);
    }

    @Test
    void a_resolved_alert_cannot_be_acknowledged() {
        Alert alert = Alert.raise(FINDING, AT, SYSTEM);
        alert.resolve(MONITOR, AT);

        assertThatThrownBy(() -> alert.acknowledge(MONITOR, AT)).isInstanceOf(StateConflict.class);
    }
}
