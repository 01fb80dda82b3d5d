package org.onewindow.supervision.records;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.contracts.supervision.LicenceActionTaken.Action;
import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.clock.WorkingDays;
import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.supervision.config.SupervisionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The supervision commands: one transaction each, state, audit and events together (outbox). */
@Service
public class SupervisionRecordService {

    private static final Logger log = LoggerFactory.getLogger(SupervisionRecordService.class);
    private static final String RECORD = "supervision record";

    private final RecordRepository records;
    private final CalendarReplica calendar;
    private final EventPublisher events;
    private final SupervisionProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    public SupervisionRecordService(RecordRepository records, CalendarReplica calendar, EventPublisher events,
            SupervisionProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.records = records;
        this.calendar = calendar;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
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
            records.noteDecision(decision, eventId, now);
            return;
        }
        Approval approval = new Approval(decision.caseNumber(), decision.itemCode(), decision.itemName(),
                decision.licenceNumber(), decision.supervisingDepartment(), decision.holderName(),
                decision.holderMaskedIdNumber(), decision.decidedAt(), decision.participants());
        records.noteDecision(decision, eventId, now);
        if (records.existsForCase(approval.caseNumber())) {
            log.info("case {} already has its supervision record; decision event {} ignored", approval.caseNumber(), eventId);
            return;
        }
        ClaimDeadlines deadlines = new ClaimDeadlines(WorkingDays.on(calendar.current()),
                properties.claimWorkingDays(), properties.pushWorkingDays(), properties.zone());
        SupervisionRecord record = SupervisionRecord.push(UUID.randomUUID(), approval, now, deadlines.claimDeadline(now),
                deadlines.pushedLate(approval.decidedAt(), now));
        if (records.insert(record)) {
            save(record);
        }
    }

    /** 认领. */
    @Transactional
    public SupervisionRecord claim(UUID recordId, Actor supervisor) {
        SupervisionRecord record = lock(recordId);
        record.claim(supervisor, OffsetDateTime.now(clock));
        records.update(record);
        save(record);
        return record;
    }

    /** 责令整改 / 暂扣 / 撤销: flows back to review and intake (invariant 5). */
    @Transactional
    public LicenceAction takeAction(UUID recordId, Actor supervisor, Action action, String reason) {
        SupervisionRecord record = lock(recordId);
        LicenceAction taken = record.takeAction(UUID.randomUUID(), supervisor, action, reason, OffsetDateTime.now(clock));
        records.update(record);
        records.insertAction(taken);
        save(record);
        return taken;
    }

    /** 检查: stored with its audit entry; local to supervision (no event type exists for it). */
    @Transactional
    public Inspection recordInspection(UUID recordId, Actor inspector, InspectionResult result, String notes) {
        SupervisionRecord record = lock(recordId);
        Inspection inspection = record.recordInspection(UUID.randomUUID(), inspector, result, notes,
                OffsetDateTime.now(clock));
        records.insertInspection(inspection);
        save(record);
        return inspection;
    }

    @Transactional(readOnly = true)
    public List<Inspection> inspections(UUID recordId) {
        get(recordId);
        return records.inspections(recordId);
    }

    /**
     * Escalates every record still unclaimed after its deadline day, each in its own transaction so one failure
     * does not hold back the others.
     *
     * @return how many records this scan escalated
     */
    public int escalateOverdue() {
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        int escalated = 0;
        for (UUID id : records.overdueUnclaimed(today)) {
            Boolean done = transaction.execute(status -> {
                SupervisionRecord record = lock(id);
                if (!record.escalateIfOverdue(today, OffsetDateTime.now(clock))) {
                    return false; // claimed meanwhile
                }
                records.update(record);
                save(record);
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                escalated++;
            }
        }
        if (escalated > 0) {
            log.info("escalated {} supervision record(s) unclaimed after their deadline", escalated);
        }
        return escalated;
    }

    @Transactional(readOnly = true)
    public SupervisionRecord get(UUID recordId) {
        return records.find(recordId).orElseThrow(() -> new NotFound(RECORD, recordId.toString()));
    }

    @Transactional(readOnly = true)
    public PageResult<SupervisionRecord> list(RecordFilter filter, PageQuery page) {
        return records.page(filter, page);
    }

    @Transactional(readOnly = true)
    public PageResult<AuditEntry> audit(UUID recordId, PageQuery page) {
        get(recordId);
        return records.audit(recordId, page);
    }

    @Transactional(readOnly = true)
    public List<LicenceAction> actions(UUID recordId) {
        get(recordId);
        return records.actions(recordId);
    }

    private SupervisionRecord lock(UUID recordId) {
        return records.findForUpdate(recordId).orElseThrow(() -> new NotFound(RECORD, recordId.toString()));
    }

    private void save(SupervisionRecord record) {
        records.appendAudit(record.id(), record.drainAudit());
        record.drainEvents().forEach(events::publish);
    }
}
