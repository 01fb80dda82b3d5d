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

    /** @throws NotFound (404) for an unknown record */
    @Transactional(readOnly = true)
    public SupervisionRecord get(UUID recordId) {
        return records.find(recordId).orElseThrow(() -> new NotFound(RECORD, recordId.toString()));
    }

    @Transactional(readOnly = true)
    public PageResult<SupervisionRecord> list(RecordFilter filter, PageQuery page) {
        return records.page(filter, page);
    }

    /** The record's lines of the audit trail (subject: its case number), oldest first. */
    @Transactional(readOnly = true)
    public PageResult<AuditEntry> audit(UUID recordId, PageQuery page) {
        List<AuditEntry> trail = auditTrail.of(get(recordId).caseNumber().value());
        int from = (int) Math.min(page.offset(), trail.size());
        int to = (int) Math.min((long) from + page.limit(), trail.size());
        return PageResult.of(trail.subList(from, to), page, trail.size());
    }

    @Transactional(readOnly = true)
    public List<LicenceAction> actions(UUID recordId) {
        get(recordId);
        return records.actions(recordId);
    }

    @Transactional(readOnly = true)
    public List<Inspection> inspections(UUID recordId) {
        get(recordId);
        return records.inspections(recordId);
    }
}
