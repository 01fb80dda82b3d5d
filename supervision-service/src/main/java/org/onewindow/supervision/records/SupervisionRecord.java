package org.onewindow.supervision.records;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.contracts.supervision.LicenceActionTaken.Action;
import org.onewindow.contracts.supervision.SupervisionRecordClaimed;
import org.onewindow.contracts.supervision.SupervisionRecordEscalated;
import org.onewindow.contracts.supervision.SupervisionRecordPushed;
import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;

/**
 * A supervision record (监管记录): one approval pushed to its supervising department (审管联动 推送), claimed there
 * (认领) or escalated when unclaimed past its deadline, then followed up (事中事后监管). Every transition registers
 * its event and its audit entry; the service stores both with the state in one transaction.
 */
public final class SupervisionRecord {

    private final UUID id;
    private final Approval approval;
    private final OffsetDateTime pushedAt;
    private final LocalDate claimDeadline;
    private final boolean pushedLate;
    private RecordStatus status;
    private String claimedBy;
    private OffsetDateTime claimedAt;
    private OffsetDateTime escalatedAt;
    private LicenceStatus licenceStatus;
    private final List<DomainEvent> events = new ArrayList<>();
    private final List<AuditEntry> audit = new ArrayList<>();

    private SupervisionRecord(UUID id, Approval approval, OffsetDateTime pushedAt, LocalDate claimDeadline,
            boolean pushedLate, RecordStatus status, String claimedBy, OffsetDateTime claimedAt, OffsetDateTime escalatedAt,
            LicenceStatus licenceStatus) {
        this.id = id;
        this.approval = approval;
        this.pushedAt = pushedAt;
        this.claimDeadline = claimDeadline;
        this.pushedLate = pushedLate;
        this.status = status;
        this.claimedBy = claimedBy;
        this.claimedAt = claimedAt;
        this.escalatedAt = escalatedAt;
        this.licenceStatus = licenceStatus;
    }

    /**
     * 推送: the record of a new approval, to be claimed by {@code claimDeadline}.
     *
     * @param pushedLate the push came after the push limit (see {@link ClaimDeadlines#pushedLate}); kept for
     *                   reconciliation, the record is created all the same
     */
    public static SupervisionRecord push(UUID id, Approval approval, OffsetDateTime pushedAt, LocalDate claimDeadline,
            boolean pushedLate) {
        SupervisionRecord record = new SupervisionRecord(id, approval, pushedAt, claimDeadline, pushedLate,
                RecordStatus.PUSHED,
                null, null, null, LicenceStatus.VALID);
        record.events.add(new SupervisionRecordPushed(id, approval.caseNumber(), approval.itemCode(),
                approval.licenceNumber(), approval.supervisingDepartment(), approval.decidedAt(), pushedAt,
                claimDeadline));
        record.audit.add(AuditEntry.bySystem("PUSHED", pushedAt, "pushed to " + approval.supervisingDepartment()
                + ", claim by " + claimDeadline + (pushedLate ? "; pushed after the push limit" : "")));
        return record;
    }

    /** Rebuilds a stored record; registers nothing. */
    public static SupervisionRecord restore(UUID id, Approval approval, OffsetDateTime pushedAt,
            LocalDate claimDeadline, boolean pushedLate, RecordStatus status, String claimedBy,
            OffsetDateTime claimedAt, OffsetDateTime escalatedAt, LicenceStatus licenceStatus) {
        return new SupervisionRecord(id, approval, pushedAt, claimDeadline, pushedLate, status, claimedBy, claimedAt,
                escalatedAt, licenceStatus);
    }

    /**
     * 认领 by a supervisor of the department who did not handle the case. An escalated record can still be
     * claimed: escalation asks for attention, it does not take the record away.
     *
     * @throws org.onewindow.platform.kernel.NotPermitted see {@link SupervisorPermissions}
     * @throws StateConflict ({@code supervision.record-already-claimed}) when already CLAIMED
     */
    public void claim(Actor supervisor, OffsetDateTime now) {
        SupervisorPermissions.requireMaySupervise(supervisor, this);
        if (status == RecordStatus.CLAIMED) {
            throw new StateConflict("supervision.record-already-claimed", "supervision record " + id + " is "
                    + status + " (by " + claimedBy + "); only PUSHED or ESCALATED records can be claimed");
        }
        status = RecordStatus.CLAIMED;
        claimedBy = supervisor.userId();
        claimedAt = now;
        events.add(new SupervisionRecordClaimed(id, caseNumber(), supervisingDepartment(), claimedBy, now));
        audit.add(new AuditEntry("CLAIMED", supervisor.userId(), supervisor.name(), SupervisorPermissions.SUPERVISOR,
                null, now, "claimed for " + supervisingDepartment()));
    }

    /**
     * Escalates once when still PUSHED after the claim deadline.
     *
     * @return true when this call escalated the record
     */
    public boolean escalateIfOverdue(LocalDate today, OffsetDateTime now) {
        if (status != RecordStatus.PUSHED || !ClaimDeadlines.overdue(claimDeadline, today)) {
            return false;
        }
        status = RecordStatus.ESCALATED;
        escalatedAt = now;
        String reason = "not claimed by " + claimDeadline + " (认领期限)";
        events.add(new SupervisionRecordEscalated(id, caseNumber(), supervisingDepartment(), reason, now));
        audit.add(AuditEntry.bySystem("ESCALATED", now, reason));
        return true;
    }

    /**
     * A follow-up finding (责令整改, 暂扣, 撤销) on a claimed record; it flows back to review and intake.
     *
     * @throws RuleViolation ({@code reason}, {@code supervision.reason-required}) without a reason
     * @throws StateConflict ({@code supervision.record-not-claimed}) unless CLAIMED,
     *                       ({@code supervision.licence-revoked}) once the licence is revoked
     */
    public LicenceAction takeAction(UUID actionId, Actor supervisor, Action action, String reason,
            OffsetDateTime now) {
        SupervisorPermissions.requireMaySupervise(supervisor, this);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "supervision.reason-required", "a licence action needs its reason");
        }
        if (status != RecordStatus.CLAIMED) {
            throw new StateConflict("supervision.record-not-claimed", "supervision record " + id + " is " + status
                    + "; actions are taken only on CLAIMED records");
        }
        if (licenceStatus == LicenceStatus.REVOKED) {
            throw new StateConflict("supervision.licence-revoked", "licence " + licenceNumber()
                    + " is REVOKED; no further action can be taken");
        }
        licenceStatus = switch (action) {
            case RECTIFY -> licenceStatus == LicenceStatus.SUSPENDED ? LicenceStatus.SUSPENDED
                    : LicenceStatus.RECTIFICATION_ORDERED;
            case SUSPEND -> LicenceStatus.SUSPENDED;
            case REVOKE -> LicenceStatus.REVOKED;
        };
        events.add(new LicenceActionTaken(id, caseNumber(), licenceNumber(), action, reason, supervisor.userId(), now));
        audit.add(new AuditEntry("ACTION_" + action, supervisor.userId(), supervisor.name(),
                SupervisorPermissions.SUPERVISOR, null, now, reason));
        return new LicenceAction(actionId, id, action, reason, supervisor.userId(), now);
    }

    /**
     * An inspection (事中事后检查) of the holder, on a claimed record. Its findings stay in supervision; a finding
     * that touches the licence is followed by a {@linkplain #takeAction licence action}.
     *
     * @throws StateConflict ({@code supervision.record-not-claimed}) unless CLAIMED
     */
    public Inspection recordInspection(UUID inspectionId, Actor inspector, InspectionResult result, String notes,
            OffsetDateTime now) {
        SupervisorPermissions.requireMayInspect(inspector, this);
        if (status != RecordStatus.CLAIMED) {
            throw new StateConflict("supervision.record-not-claimed", "supervision record " + id + " is " + status
                    + "; inspections are recorded only on CLAIMED records");
        }
        String role = SupervisorPermissions.inspectingRole(inspector);
        audit.add(new AuditEntry("INSPECTED", inspector.userId(), inspector.name(), role, null, now,
                result + (notes == null || notes.isBlank() ? "" : ": " + notes)));
        return new Inspection(inspectionId, id, result, notes == null ? "" : notes, inspector.userId(), role, now);
    }

    /** The events registered since the last call, in order; the caller publishes them. */
    public List<DomainEvent> drainEvents() {
        List<DomainEvent> drained = List.copyOf(events);
        events.clear();
        return drained;
    }

    /** The audit entries registered since the last call, in order; the caller stores them. */
    public List<AuditEntry> drainAudit() {
        List<AuditEntry> drained = List.copyOf(audit);
        audit.clear();
        return drained;
    }

    public UUID id() {
        return id;
    }

    public Approval approval() {
        return approval;
    }

    public String caseNumber() {
        return approval.caseNumber();
    }

    public String licenceNumber() {
        return approval.licenceNumber();
    }

    public String supervisingDepartment() {
        return approval.supervisingDepartment();
    }

    public List<String> participants() {
        return approval.participants();
    }

    public OffsetDateTime pushedAt() {
        return pushedAt;
    }

    public LocalDate claimDeadline() {
        return claimDeadline;
    }

    public boolean pushedLate() {
        return pushedLate;
    }

    public RecordStatus status() {
        return status;
    }

    public String claimedBy() {
        return claimedBy;
    }

    public OffsetDateTime claimedAt() {
        return claimedAt;
    }

    public OffsetDateTime escalatedAt() {
        return escalatedAt;
    }

    public LicenceStatus licenceStatus() {
        return licenceStatus;
    }
}
