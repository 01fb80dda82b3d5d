package org.onewindow.supervision.records.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.clock.WorkingDays;
import org.onewindow.platform.commands.Command;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.commands.IfMatch;
import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.supervision.records.domain.ActionType;
import org.onewindow.supervision.records.domain.Approval;
import org.onewindow.supervision.records.domain.ClaimDeadlines;
import org.onewindow.supervision.records.domain.Inspection;
import org.onewindow.supervision.records.domain.InspectionResult;
import org.onewindow.supervision.records.domain.LicenceAction;
import org.onewindow.supervision.records.domain.RecordEvent;
import org.onewindow.supervision.records.domain.SupervisionRecord;
import org.onewindow.supervision.records.domain.SupervisorPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision commands, each on the command path: load the record for update, check the client's
 * {@code If-Match} (when given: these endpoints never required it), apply, save with the version check, events to
 * the outbox and audit lines to the trail, in one transaction.
 */
public class SupervisionRecords {

    private static final Logger log = LoggerFactory.getLogger(SupervisionRecords.class);

    private final CommandPath<UUID, SupervisionRecord, RecordEvent> path;
    private final RecordStore records;
    private final DecisionLedger decisions;
    private final CalendarReplica calendar;
    private final Clock clock;
    private final int claimWorkingDays;
    private final int pushWorkingDays;

    public SupervisionRecords(CommandPath<UUID, SupervisionRecord, RecordEvent> path, RecordStore records,
            DecisionLedger decisions, CalendarReplica calendar, Clock clock, int claimWorkingDays, int pushWorkingDays) {
        this.path = path;
        this.records = records;
        this.decisions = decisions;
        this.calendar = calendar;
        this.clock = clock;
        this.claimWorkingDays = claimWorkingDays;
        this.pushWorkingDays = pushWorkingDays;
    }

    /**
     * 推送: an approval becomes exactly one record (invariant 2); a rejection is only noted. Runs in the inbox
     * transaction of the consumed event, so a redelivery is skipped before it gets here; a second event for the
     * same case (republished decision) finds the record and does nothing.
     *
     * @throws org.onewindow.platform.kernel.RuleViolation when an approval lacks the facts of a record
     */
    @Transactional
    public void onDecision(DecisionMade decision, String eventId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (decision.outcome() != Outcome.APPROVED) {
            decisions.note(decision, eventId, now);
            return;
        }
        Approval approval = Approval.of(decision.caseNumber(), decision.itemCode(), decision.itemName(),
                decision.licenceNumber(), decision.supervisingDepartment(), decision.holderName(),
                decision.holderMaskedIdNumber(), decision.decidedAt(), decision.participants());
        decisions.note(decision, eventId, now);
        if (records.existsForCase(approval.caseNumber())) {
            log.info("case {} already has its supervision record; decision event {} ignored", approval.caseNumber(), eventId);
            return;
        }
        ClaimDeadlines deadlines = new ClaimDeadlines(WorkingDays.on(calendar.current()), claimWorkingDays,
                pushWorkingDays);
        path.create(Command.of("push", SupervisionRecord.SYSTEM), () -> SupervisionRecord.push(UUID.randomUUID(),
                approval, now, deadlines.claimDeadline(now), deadlines.pushedLate(approval.decidedAt(), now)));
    }

    /** 认领; answers the claimed record (body and ETag of the response). */
    public SupervisionRecord claim(UUID recordId, Actor supervisor, String ifMatch) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return path.change(recordId, command("claim", supervisor, SupervisorPermissions.SUPERVISOR, ifMatch),
                record -> record.claim(supervisor, now));
    }

    /** 责令整改 / 暂扣 / 撤销: flows back to review and intake (invariant 5). */
    public LicenceAction takeAction(UUID recordId, Actor supervisor, ActionType action, String reason, String ifMatch) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return path.run(recordId, command("take-action", supervisor, SupervisorPermissions.SUPERVISOR, ifMatch),
                record -> record.takeAction(UUID.randomUUID(), supervisor, action, reason, now));
    }

    /** 检查: stored with its audit entry; local to supervision (no event type exists for it). */
    public Inspection recordInspection(UUID recordId, Actor inspector, InspectionResult result, String notes,
            String ifMatch) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return path.run(recordId,
                command("record-inspection", inspector, SupervisorPermissions.inspectingRole(inspector), ifMatch),
                record -> record.recordInspection(UUID.randomUUID(), inspector, result, notes, now));
    }

    /** The records still unclaimed after their deadline day (China time): the escalation scan's candidates. */
    public List<UUID> overdueUnclaimed() {
        return records.overdueUnclaimed(ChinaTime.today(clock));
    }

    /**
     * Escalates one record if it is still unclaimed after its deadline day, in its own transaction (its own run of
     * the command path, the row locked): false when claimed or escalated meanwhile (by another instance's scan).
     */
    public boolean escalateIfOverdue(UUID id) {
        LocalDate today = ChinaTime.today(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return path.run(id, Command.of("escalate", SupervisionRecord.SYSTEM),
                record -> record.escalateIfOverdue(today, now));
    }

    private static Command<SupervisionRecord> command(String name, Actor actor, String role, String ifMatch) {
        return Command.<SupervisionRecord>of(name, AuditActor.of(actor, role)).ifMatch(ifMatch, IfMatch.WHEN_GIVEN);
    }
}
