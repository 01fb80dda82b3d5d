package org.onewindow.monitor.alerts.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.StateConflict;
import org.onewindow.platform.kernel.StoredAggregate;

/**
 * One 电子监察 alert: a rule found broken on a case. Raised once (its id is {@link AlertIds#of}), then acknowledged
 * and resolved by a MONITOR. The alert says what was found; fixing the case is the departments' work, so resolving
 * an alert changes nothing elsewhere.
 */
public final class Alert extends StoredAggregate<AlertEvent> {

    private final UUID id;
    private final Rule rule;
    private final String caseNumber;
    private final String department;
    private final String centreCode;
    private final String itemCode;
    private final String detail;
    private final Instant raisedAt;
    private AlertStatus status;
    private Instant acknowledgedAt;
    private String acknowledgedBy;
    private Instant resolvedAt;
    private String resolvedBy;

    private Alert(UUID id, Rule rule, String caseNumber, String department, String centreCode, String itemCode,
                  String detail, Instant raisedAt, AlertStatus status, Instant acknowledgedAt, String acknowledgedBy,
                  Instant resolvedAt, String resolvedBy, long version) {
        super(version);
        this.id = Objects.requireNonNull(id, "id");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.department = department;
        this.centreCode = centreCode;
        this.itemCode = itemCode;
        this.detail = detail == null ? "" : detail;
        this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.acknowledgedAt = acknowledgedAt;
        this.acknowledgedBy = acknowledgedBy;
        this.resolvedAt = resolvedAt;
        this.resolvedBy = resolvedBy;
    }

    /** A new alert for a finding, with its deterministic id; records {@link AlertEvent.Raised}. */
    public static Alert raise(Finding finding, Instant at, AuditActor by) {
        Alert alert = new Alert(AlertIds.of(finding.rule(), finding.caseNumber()), finding.rule(),
                finding.caseNumber(), finding.department(), finding.centreCode(), finding.itemCode(),
                finding.detail(), at, AlertStatus.OPEN, null, null, null, null, 0);
        alert.changes().registerEvent(new AlertEvent.Raised(alert));
        alert.changes().audit(AuditEntry.of(at, "ALERT_RAISED", by, finding.rule().name() + ": " + finding.detail()));
        return alert;
    }

    /** An alert as stored. */
    public static Alert restore(UUID id, Rule rule, String caseNumber, String department, String centreCode,
                                String itemCode, String detail, Instant raisedAt, AlertStatus status,
                                Instant acknowledgedAt, String acknowledgedBy, Instant resolvedAt, String resolvedBy,
                                long version) {
        return new Alert(id, rule, caseNumber, department, centreCode, itemCode, detail, raisedAt, status,
                acknowledgedAt, acknowledgedBy, resolvedAt, resolvedBy, version);
    }

    /** A MONITOR has seen it; again is a no-op, after resolution a conflict. */
    public void acknowledge(AuditActor by, Instant at) {
        if (status == AlertStatus.ACKNOWLEDGED) {
            return;
        }
        if (status == AlertStatus.RESOLVED) {
            throw new StateConflict("alert.already-resolved", "alert " + id + " is resolved; it cannot be acknowledged");
        }
        status = AlertStatus.ACKNOWLEDGED;
        acknowledgedAt = at;
        acknowledgedBy = by.userId();
        changes().registerEvent(new AlertEvent.Acknowledged(this));
        changes().audit(AuditEntry.of(at, "ALERT_ACKNOWLEDGED", by, rule.name()));
    }

    /** Closed by a MONITOR (acknowledged or not); again is a no-op. */
    public void resolve(AuditActor by, Instant at) {
        if (status == AlertStatus.RESOLVED) {
            return;
        }
        status = AlertStatus.RESOLVED;
        resolvedAt = at;
        resolvedBy = by.userId();
        changes().registerEvent(new AlertEvent.Resolved(this));
        changes().audit(AuditEntry.of(at, "ALERT_RESOLVED", by, rule.name()));
    }

    public UUID id() {
        return id;
    }

    public Rule rule() {
        return rule;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String department() {
        return department;
    }

    public String centreCode() {
        return centreCode;
    }

    public String itemCode() {
        return itemCode;
    }

    public String detail() {
        return detail;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public AlertStatus status() {
        return status;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public String resolvedBy() {
        return resolvedBy;
    }
}
