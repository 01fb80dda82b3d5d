package org.onewindow.supervision.records.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;
import org.onewindow.platform.kernel.StoredAggregate;
import org.onewindow.platform.kernel.UserId;

/**
 * A supervision record (监管记录): one approval pushed to its supervising department (审管联动 推送), claimed there
 * (认领) or escalated when unclaimed past its deadline, then followed up (事中事后监管). Every transition registers
 * its event and its audit entry; the command path stores both with the state in one transaction. Licence actions
 * and inspections belong to the record: the ones added since loading are saved with it.
 */
public final class SupervisionRecord extends StoredAggregate<RecordEvent> {

    /**
     * Who the trail names for what the service did itself (a push on a decision, an escalation by the scan): the
     * actor id stays {@code system} as the history has always shown it; the principal names the service.
     */
    public static final AuditActor SYSTEM = new AuditActor("system", "OneWindow supervision", AuditActor.SYSTEM_ROLE,
            null, "system:supervision");

    private final UUID id;
    private final Approval approval;
    private final OffsetDateTime pushedAt;
    private final LocalDate claimDeadline;
    private final boolean pushedLate;
    private RecordStatus status;
    private UserId claimedBy;
    private OffsetDateTime claimedAt;
    private OffsetDateTime escalatedAt;
    private LicenceStatus licenceStatus;
    private final List<LicenceAction> unsavedActions = new ArrayList<>();
    private final List<Inspection> unsavedInspections = new ArrayList<>();

    private SupervisionRecord(Builder b) {
        super(b.version);
        this.id = b.id;
        this.approval = b.approval;
        this.pushedAt = b.pushedAt;
        this.claimDeadline = b.claimDeadline;
        this.pushedLate = b.pushedLate;
        this.status = b.status;
        this.claimedBy = b.claimedBy;
        this.claimedAt = b.claimedAt;
        this.escalatedAt = b.escalatedAt;
        this.licenceStatus = b.licenceStatus;
    }

    /**
     * 推送: the record of a new approval, to be claimed by {@code claimDeadline}.
     *
     * @param pushedLate the push came after the push limit (see {@link ClaimDeadlines#pushedLate}); kept for
     *                   reconciliation, the record is created all the same
     */
    public static SupervisionRecord push(UUID id, Approval approval, OffsetDateTime pushedAt, LocalDate claimDeadline,
            boolean pushedLate) {
        SupervisionRecord record = stored(id, approval).pushed(pushedAt, claimDeadline, pushedLate).version(0).build();
        record.changes().registerEvent(new RecordEvent.Pushed(id, approval.caseNumber(), approval.itemCode(),
                approval.licenceNumber(), approval.supervisingDepartment(), approval.decidedAt(), pushedAt,
                claimDeadline));
        record.changes().audit(AuditEntry.of(pushedAt.toInstant(), "PUSHED", SYSTEM, "pushed to "
                + approval.supervisingDepartment() + ", claim by " + claimDeadline
                + (pushedLate ? "; pushed after the push limit" : "")));
        return record;
    }

    /** Rebuilds a stored record (registers nothing): {@code SupervisionRecord.stored(id, approval).status(..)...build()}. */
    public static Builder stored(UUID id, Approval approval) {
        return new Builder(id, approval);
    }

    /**
     * 认领 by a supervisor of the department who did not handle the case. An escalated record can still be
     * claimed: escalation asks for attention, it does not take the record away.
     *
     * @throws org.onewindow.platform.kernel.NotPermitted see {@link SupervisorPermissions}
     * @throws StateConflict ({@code supervision.record-already-claimed}) when already CLAIMED,
     *                       ({@code supervision.licence-revoked}) once the licence is revoked ({@link RevokedLicence})
     */
    public void claim(Actor supervisor, OffsetDateTime now) {
        SupervisorPermissions.requireMaySupervise(supervisor, this);
        RevokedLicence.refuse(this, "claim");
        if (status == RecordStatus.CLAIMED) {
            throw new StateConflict("supervision.record-already-claimed", "supervision record " + id + " is "
                    + status + " (by " + claimedBy + "); only PUSHED or ESCALATED records can be claimed");
        }
        status = RecordStatus.CLAIMED;
        claimedBy = UserId.of(supervisor.userId());
        claimedAt = now;
        changes().registerEvent(new RecordEvent.Claimed(id, caseNumber(), supervisingDepartment(), claimedBy, now));
        changes().audit(AuditEntry.of(now.toInstant(), "CLAIMED",
                AuditActor.of(supervisor, SupervisorPermissions.SUPERVISOR), "claimed for " + supervisingDepartment()));
    }

    /**
     * Escalates once when still PUSHED after the claim deadline.
     *
     * @return true when this call escalated the record
     */
    public boolean escalateIfOverdue(LocalDate today, OffsetDateTime now) {
        // the scan's own command: a revoked licence's record is read only, so it is left as it is (no conflict)
        if (licenceStatus == LicenceStatus.REVOKED || status != RecordStatus.PUSHED || !ClaimDeadlines.overdue(claimDeadline, today)) {
            return false;
        }
        status = RecordStatus.ESCALATED;
        escalatedAt = now;
        String reason = "not claimed by " + claimDeadline + " (认领期限)";
        changes().registerEvent(new RecordEvent.Escalated(id, caseNumber(), supervisingDepartment(), reason, now));
        changes().audit(AuditEntry.of(now.toInstant(), "ESCALATED", SYSTEM, reason));
        return true;
    }

    /**
     * A follow-up finding (责令整改, 暂扣, 撤销) on a claimed record; it flows back to review and intake.
     *
     * @throws RuleViolation ({@code reason}, {@code supervision.reason-required}) without a reason
     * @throws StateConflict ({@code supervision.record-not-claimed}) unless CLAIMED,
     *                       ({@code supervision.licence-revoked}) once the licence is revoked
     */
    public LicenceAction takeAction(UUID actionId, Actor supervisor, ActionType action, String reason,
            OffsetDateTime now) {
        SupervisorPermissions.requireMaySupervise(supervisor, this);
        RevokedLicence.refuse(this, "licence action");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "supervision.reason-required", "a licence action needs its reason");
        }
        if (status != RecordStatus.CLAIMED) {
            throw new StateConflict("supervision.record-not-claimed", "supervision record " + id + " is " + status
                    + "; actions are taken only on CLAIMED records");
        }
        licenceStatus = switch (action) {
            case RECTIFY -> licenceStatus == LicenceStatus.SUSPENDED ? LicenceStatus.SUSPENDED
                    : LicenceStatus.RECTIFICATION_ORDERED;
            case SUSPEND -> LicenceStatus.SUSPENDED;
            case REVOKE -> LicenceStatus.REVOKED;
        };
        UserId takenBy = UserId.of(supervisor.userId());
        changes().registerEvent(new RecordEvent.ActionTaken(id, caseNumber(), licenceNumber(), action, reason, takenBy,
                now));
        changes().audit(AuditEntry.of(now.toInstant(), "ACTION_" + action,
                AuditActor.of(supervisor, SupervisorPermissions.SUPERVISOR), reason));
        LicenceAction taken = new LicenceAction(actionId, id, action, reason, takenBy, now);
        unsavedActions.add(taken);
        return taken;
    }

    /**
     * An inspection (事中事后检查) of the holder, on a claimed record. Its findings stay in supervision; a finding
     * that touches the licence is followed by a {@linkplain #takeAction licence action}.
     *
     * @throws StateConflict ({@code supervision.record-not-claimed}) unless CLAIMED,
     *                       ({@code supervision.licence-revoked}) once the licence is revoked ({@link RevokedLicence})
     */
    public Inspection recordInspection(UUID inspectionId, Actor inspector, InspectionResult result, String notes,
            OffsetDateTime now) {
        SupervisorPermissions.requireMayInspect(inspector, this);
        RevokedLicence.refuse(this, "inspection");
        if (status != RecordStatus.CLAIMED) {
            throw new StateConflict("supervision.record-not-claimed", "supervision record " + id + " is " + status
                    + "; inspections are recorded only on CLAIMED records");
        }
        String role = SupervisorPermissions.inspectingRole(inspector);
        changes().audit(AuditEntry.of(now.toInstant(), "INSPECTED", AuditActor.of(inspector, role),
                result + (notes == null || notes.isBlank() ? "" : ": " + notes)));
        Inspection inspection = new Inspection(inspectionId, id, result, notes == null ? "" : notes,
                UserId.of(inspector.userId()), role, now);
        unsavedInspections.add(inspection);
        return inspection;
    }

    /** Licence actions taken since loading, for the store to insert with the record. */
    public List<LicenceAction> unsavedActions() {
        return List.copyOf(unsavedActions);
    }

    /** Inspections recorded since loading, for the store to insert with the record. */
    public List<Inspection> unsavedInspections() {
        return List.copyOf(unsavedInspections);
    }

    /** The store saved the record (and its new actions and inspections) as {@code storedVersion}. */
    public void saved(long storedVersion) {
        stored(storedVersion);
        unsavedActions.clear();
        unsavedInspections.clear();
    }

    public UUID id() {
        return id;
    }

    public Approval approval() {
        return approval;
    }

    public CaseNumber caseNumber() {
        return approval.caseNumber();
    }

    public String licenceNumber() {
        return approval.licenceNumber();
    }

    public DepartmentCode supervisingDepartment() {
        return approval.supervisingDepartment();
    }

    public List<UserId> participants() {
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

    public UserId claimedBy() {
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

    /** A stored record's state, named field by field (the table has eighteen columns). */
    public static final class Builder {

        private final UUID id;
        private final Approval approval;
        private OffsetDateTime pushedAt;
        private LocalDate claimDeadline;
        private boolean pushedLate;
        private RecordStatus status = RecordStatus.PUSHED;
        private UserId claimedBy;
        private OffsetDateTime claimedAt;
        private OffsetDateTime escalatedAt;
        private LicenceStatus licenceStatus = LicenceStatus.VALID;
        private long version = 1;

        private Builder(UUID id, Approval approval) {
            this.id = Objects.requireNonNull(id, "id");
            this.approval = Objects.requireNonNull(approval, "approval");
        }

        /** The push, which never changes: when, the claim deadline it set, whether it came after the push limit. */
        public Builder pushed(OffsetDateTime at, LocalDate deadline, boolean late) {
            pushedAt = at;
            claimDeadline = deadline;
            pushedLate = late;
            return this;
        }

        public Builder status(RecordStatus value) {
            status = value;
            return this;
        }

        public Builder claimed(UserId by, OffsetDateTime at) {
            claimedBy = by;
            claimedAt = at;
            return this;
        }

        public Builder escalatedAt(OffsetDateTime at) {
            escalatedAt = at;
            return this;
        }

        public Builder licenceStatus(LicenceStatus value) {
            licenceStatus = value;
            return this;
        }

        public Builder version(long value) {
            version = value;
            return this;
        }

        public SupervisionRecord build() {
            Objects.requireNonNull(pushedAt, "pushedAt");
            Objects.requireNonNull(claimDeadline, "claimDeadline");
            return new SupervisionRecord(this);
        }
    }
}
