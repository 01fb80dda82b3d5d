package org.onewindow.supervision.records.application;

import java.util.List;
import java.util.UUID;

import org.onewindow.platform.commands.AuditTrail;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.supervision.records.domain.Inspection;
import org.onewindow.supervision.records.domain.LicenceAction;
import org.onewindow.supervision.records.domain.SupervisionRecord;
import org.springframework.transaction.annotation.Transactional;

/** What the API reads about records: one read per answer, so a body and its ETag always agree. */
public class RecordQueries {

    static final String RECORD = "supervision record";

    private final RecordStore records;
    private final AuditTrail auditTrail;

    public RecordQueries(RecordStore records, AuditTrail auditTrail) {
        this.records = records;
        this.auditTrail = auditTrail;
    }

    /** @throws NotFound (404) for an unknown record and, alike, for one outside the caller's scope */
    @Transactional(readOnly = true)
    public SupervisionRecord get(UUID recordId, RecordScope scope) {
        return records.find(recordId)
                .filter(r -> scope.admits(r.approval().supervisingDepartment().value()))
                .orElseThrow(() -> new NotFound(RECORD, recordId.toString()));
    }

    /** The records of the filter within the caller's scope (a WHERE clause, so counts and pages agree). */
    @Transactional(readOnly = true)
    public PageResult<SupervisionRecord> list(RecordFilter filter, RecordScope scope, PageQuery page) {
        return records.page(filter.within(scope), page);
    }

    /** The record's lines of the audit trail (subject: its case number), oldest first. */
    @Transactional(readOnly = true)
    public PageResult<AuditEntry> audit(UUID recordId, RecordScope scope, PageQuery page) {
        return PageResult.slice(auditTrail.of(get(recordId, scope).caseNumber().value()), page);
    }

    @Transactional(readOnly = true)
    public List<LicenceAction> actions(UUID recordId, RecordScope scope) {
        get(recordId, scope);
        return records.actions(recordId);
    }

    @Transactional(readOnly = true)
    public List<Inspection> inspections(UUID recordId, RecordScope scope) {
        get(recordId, scope);
        return records.inspections(recordId);
    }
}
