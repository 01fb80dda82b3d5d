package org.onewindow.monitor.alerts.domain;

/** What happened to an alert; only {@link Raised} is published ({@code monitor.AlertRaised.v1}). */
public sealed interface AlertEvent {

    record Raised(Alert alert) implements AlertEvent {
    }

    record Acknowledged(Alert alert) implements AlertEvent {
    }

    record Resolved(Alert alert) implements AlertEvent {
    }
}
