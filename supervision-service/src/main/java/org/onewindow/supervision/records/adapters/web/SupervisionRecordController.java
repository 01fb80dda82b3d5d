package org.onewindow.supervision.records.adapters.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.messaging.BlockedEvents;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.web.etags.ETags;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.supervision.records.application.RecordFilter;
import org.onewindow.supervision.records.application.RecordQueries;
import org.onewindow.supervision.records.application.SupervisionRecords;
import org.onewindow.supervision.records.domain.Inspection;
import org.onewindow.supervision.records.domain.LicenceAction;
import org.onewindow.supervision.records.domain.RecordStatus;
import org.onewindow.supervision.records.domain.SupervisionRecord;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

/**
 * Supervision records (监管记录): read, claim (认领), licence actions and inspections (事中事后监管), audit trail.
 * A record's GET and its claim answer carry its ETag; claim, actions and inspections check {@code If-Match} when
 * the client sends it (412 on a stale version) and run without it as they always have.
 */
@RestController
@RequestMapping("/api/supervision/v1/records")
public class SupervisionRecordController {

    private final SupervisionRecords commands;
    private final RecordQueries queries;
    private final CurrentActor currentActor;
    private final BlockedEvents blockedEvents;

    public SupervisionRecordController(SupervisionRecords commands, RecordQueries queries, CurrentActor currentActor,
                                       BlockedEvents blockedEvents) {
        this.commands = commands;
        this.queries = queries;
        this.currentActor = currentActor;
        this.blockedEvents = blockedEvents;
    }

    /** One record with its ETag (both from the same read) and the dead-lettered events about its case. */
    private ResponseEntity<RecordView> view(SupervisionRecord record) {
        return ResponseEntity.ok().eTag(ETags.of(record.version()))
                .body(RecordView.of(record, blockedEvents.blocking(record.caseNumber().value())));
    }

    /** Ordered by push time, then id. */
    @GetMapping
    public PageResult<RecordView> list(@RequestParam(required = false) String department,
            @RequestParam(required = false) RecordStatus status, @RequestParam(required = false) String caseNumber,
            PageQuery page) {
        return queries.list(new RecordFilter(department, status, caseNumber), page).map(RecordView::of);
    }

    @GetMapping("/{recordId}")
    public ResponseEntity<RecordView> get(@PathVariable UUID recordId) {
        return view(queries.get(recordId));
    }

    /** 认领 by a supervisor of the record's department who did not handle the case (审管分离). */
    @PostMapping("/{recordId}/claim")
    public ResponseEntity<RecordView> claim(@PathVariable UUID recordId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return view(commands.claim(recordId, currentActor.current(), ifMatch));
    }

    @PostMapping("/{recordId}/actions")
    public ResponseEntity<LicenceActionView> takeAction(@PathVariable UUID recordId,
            @Valid @RequestBody ActionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        LicenceAction action = commands.takeAction(recordId, currentActor.current(), request.action(), request.reason(),
                ifMatch);
        return ResponseEntity.created(URI.create("/api/supervision/v1/records/" + recordId + "/actions/" + action.id()))
                .body(LicenceActionView.of(action));
    }

    @GetMapping("/{recordId}/actions")
    public List<LicenceActionView> actions(@PathVariable UUID recordId) {
        return queries.actions(recordId).stream().map(LicenceActionView::of).toList();
    }

    @GetMapping("/{recordId}/actions/{actionId}")
    public LicenceActionView action(@PathVariable UUID recordId, @PathVariable UUID actionId) {
        return queries.actions(recordId).stream().filter(a -> a.id().equals(actionId)).findFirst()
                .map(LicenceActionView::of)
                .orElseThrow(() -> new NotFound("licence action", actionId.toString()));
    }

    /** 检查 by an inspector or supervisor of the department, on a claimed record. */
    @PostMapping("/{recordId}/inspections")
    public ResponseEntity<InspectionView> recordInspection(@PathVariable UUID recordId,
            @Valid @RequestBody InspectionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Inspection inspection = commands.recordInspection(recordId, currentActor.current(), request.result(),
                request.notes(), ifMatch);
        return ResponseEntity.created(URI.create("/api/supervision/v1/records/" + recordId + "/inspections/"
                + inspection.id())).body(InspectionView.of(inspection));
    }

    @GetMapping("/{recordId}/inspections")
    public List<InspectionView> inspections(@PathVariable UUID recordId) {
        return queries.inspections(recordId).stream().map(InspectionView::of).toList();
    }

    @GetMapping("/{recordId}/inspections/{inspectionId}")
    public InspectionView inspection(@PathVariable UUID recordId, @PathVariable UUID inspectionId) {
        return queries.inspections(recordId).stream().filter(i -> i.id().equals(inspectionId)).findFirst()
                .map(InspectionView::of)
                .orElseThrow(() -> new NotFound("inspection", inspectionId.toString()));
    }

    /** Who did what, in which role, for whom, and when; oldest first. */
    @GetMapping("/{recordId}/audit")
    public PageResult<AuditEntryView> audit(@PathVariable UUID recordId, PageQuery page) {
        return queries.audit(recordId, page).map(AuditEntryView::of);
    }
}
