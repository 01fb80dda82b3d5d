package org.onewindow.supervision.records;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.messaging.BlockedEvents;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

/** Supervision records (监管记录): read, claim (认领), licence actions (事中事后监管), audit trail. */
@RestController
@RequestMapping("/api/supervision/v1/records")
public class SupervisionRecordController {

    static final String READERS = "hasAnyRole('SUPERVISOR', 'INSPECTOR', 'MONITOR', 'SYSTEM')";

    private final SupervisionRecordService records;
    private final CurrentActor currentActor;
    private final BlockedEvents blockedEvents;

    public SupervisionRecordController(SupervisionRecordService records, CurrentActor currentActor,
                                       BlockedEvents blockedEvents) {
        this.records = records;
        this.currentActor = currentActor;
        this.blockedEvents = blockedEvents;
    }

    /** One record, with the dead-lettered events about its case that hold it up. */
    private RecordView view(SupervisionRecord record) {
        return RecordView.of(record, blockedEvents.blocking(record.approval().caseNumber()));
    }

    /** Ordered by push time, then id. */
    @GetMapping
    @PreAuthorize(READERS)
    public PageResult<RecordView> list(@RequestParam(required = false) String department,
            @RequestParam(required = false) RecordStatus status, @RequestParam(required = false) String caseNumber,
            PageQuery page) {
        return records.list(new RecordFilter(department, status, caseNumber), page).map(RecordView::of);
    }

    @GetMapping("/{recordId}")
    @PreAuthorize(READERS)
    public RecordView get(@PathVariable UUID recordId) {
        return view(records.get(recordId));
    }

    /** 认领 by a supervisor of the record's department who did not handle the case (审管分离). */
    @PostMapping("/{recordId}/claim")
    @PreAuthorize("hasRole('SUPERVISOR')")
    public RecordView claim(@PathVariable UUID recordId) {
        return view(records.claim(recordId, currentActor.current()));
    }

    @PostMapping("/{recordId}/actions")
    @PreAuthorize("hasRole('SUPERVISOR')")
    public ResponseEntity<LicenceAction> takeAction(@PathVariable UUID recordId,
            @Valid @RequestBody ActionRequest request) {
        LicenceAction action = records.takeAction(recordId, currentActor.current(), request.action(), request.reason());
        return ResponseEntity.created(URI.create("/api/supervision/v1/records/" + recordId + "/actions/" + action.id()))
                .body(action);
    }

    @GetMapping("/{recordId}/actions")
    @PreAuthorize(READERS)
    public List<LicenceAction> actions(@PathVariable UUID recordId) {
        return records.actions(recordId);
    }

    @GetMapping("/{recordId}/actions/{actionId}")
    @PreAuthorize(READERS)
    public LicenceAction action(@PathVariable UUID recordId, @PathVariable UUID actionId) {
        return records.actions(recordId).stream().filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new NotFound("licence action", actionId.toString()));
    }

    /** 检查 by an inspector or supervisor of the department, on a claimed record. */
    @PostMapping("/{recordId}/inspections")
    @PreAuthorize("hasAnyRole('INSPECTOR', 'SUPERVISOR')")
    public ResponseEntity<Inspection> recordInspection(@PathVariable UUID recordId,
            @Valid @RequestBody InspectionRequest request) {
        Inspection inspection = records.recordInspection(recordId, currentActor.current(), request.result(),
                request.notes());
        return ResponseEntity.created(URI.create("/api/supervision/v1/records/" + recordId + "/inspections/"
                + inspection.id())).body(inspection);
    }

    @GetMapping("/{recordId}/inspections")
    @PreAuthorize(READERS)
    public List<Inspection> inspections(@PathVariable UUID recordId) {
        return records.inspections(recordId);
    }

    @GetMapping("/{recordId}/inspections/{inspectionId}")
    @PreAuthorize(READERS)
    public Inspection inspection(@PathVariable UUID recordId, @PathVariable UUID inspectionId) {
        return records.inspections(recordId).stream().filter(i -> i.id().equals(inspectionId)).findFirst()
                .orElseThrow(() -> new NotFound("inspection", inspectionId.toString()));
    }

    /** Who did what, in which role, for whom, and when; oldest first. */
    @GetMapping("/{recordId}/audit")
    @PreAuthorize(READERS)
    public PageResult<AuditEntry> audit(@PathVariable UUID recordId, PageQuery page) {
        return records.audit(recordId, page);
    }
}
