package org.onewindow.supervision.records.adapters.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.messaging.BlockedEvents;
import org.onewindow.platform.commands.PersonalDataReads;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.web.etags.ETags;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.platform.web.waiting.ChangeWaiter;
import org.onewindow.supervision.records.application.RecordFilter;
import org.onewindow.supervision.records.application.RecordQueries;
import org.onewindow.supervision.records.application.RecordScope;
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

    /** The holder's personal data a record view shows (查询留痕 records these names). */
    static final List<String> PERSONAL_FIELDS = List.of("holderName", "holderMaskedIdNumber");

    private final SupervisionRecords commands;
    private final RecordQueries queries;
    private final CurrentActor currentActor;
    private final BlockedEvents blockedEvents;
    private final PersonalDataReads personalDataReads;
    private final RecordReaders readers;
    private final ChangeWaiter waiter;

    SupervisionRecordController(SupervisionRecords commands, RecordQueries queries, CurrentActor currentActor,
                                BlockedEvents blockedEvents, PersonalDataReads personalDataReads, RecordReaders readers,
                                ChangeWaiter waiter) {
        this.commands = commands;
        this.queries = queries;
        this.currentActor = currentActor;
        this.blockedEvents = blockedEvents;
        this.personalDataReads = personalDataReads;
        this.readers = readers;
        this.waiter = waiter;
    }

    /** One record with its ETag (both from the same read) and the dead-lettered events about its case. */
    private ResponseEntity<RecordView> view(SupervisionRecord record) {
        return ResponseEntity.ok().eTag(ETags.of(record.version()))
                .body(RecordView.of(record, blockedEvents.blocking(record.caseNumber().value())));
    }

    /**
     * Ordered by push time, then id; only the records of the caller's scope (a supervisor or inspector: their
     * department's). A monitor sees every record with the holder masked. Filtered to one {@code caseNumber}, with
     * {@code Prefer: wait=N}, a page with no record waits until the case's record is there (docs/architecture.md
     * "Waiting for a change").
     */
    @GetMapping
    public PageResult<RecordView> list(@RequestParam(required = false) String department,
            @RequestParam(required = false) RecordStatus status, @RequestParam(required = false) String caseNumber,
            PageQuery page, @RequestHeader(name = ChangeWaiter.PREFER, required = false) String prefer) {
        RecordScope scope = readers.scope();
        RecordFilter filter = new RecordFilter(department, status, caseNumber);
        PageResult<SupervisionRecord> found = caseNumber == null ? queries.list(filter, scope, page)
                : waiter.until("supervision record", caseNumber, () -> queries.list(filter, scope, page),
                        records -> !records.items().isEmpty());
        PageResult<RecordView> shown = found.map(r -> shown(RecordView.of(r), scope));
        personalDataReads.record("supervision record", shown.items().stream()
                .filter(r -> !scope.masks(r.supervisingDepartment())).map(RecordView::caseNumber).toList(),
                "supervision.record.list", PERSONAL_FIELDS);
        return shown;
    }

    /** 404 for a record outside the caller's scope, as for none at all. */
    @GetMapping("/{recordId}")
    public ResponseEntity<RecordView> get(@PathVariable UUID recordId) {
        RecordScope scope = readers.scope();
        SupervisionRecord record = queries.get(recordId, scope);
        RecordView view = shown(RecordView.of(record, blockedEvents.blocking(record.caseNumber().value())), scope);
        if (!scope.masks(view.supervisingDepartment())) {
            personalDataReads.record("supervision record", record.caseNumber().value(), "supervision.record.read",
                    PERSONAL_FIELDS);
        }
        return ResponseEntity.ok().eTag(ETags.of(record.version())).body(view);
    }

    /** The holder masked where only all-masked admits the record (a monitor). */
    private static RecordView shown(RecordView view, RecordScope scope) {
        return scope.masks(view.supervisingDepartment()) ? view.masked() : view;
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
        return created(recordId, "actions", action.id(), LicenceActionView.of(action));
    }

    @GetMapping("/{recordId}/actions")
    public List<LicenceActionView> actions(@PathVariable UUID recordId) {
        return queries.actions(recordId, readers.scope()).stream().map(LicenceActionView::of).toList();
    }

    @GetMapping("/{recordId}/actions/{actionId}")
    public LicenceActionView action(@PathVariable UUID recordId, @PathVariable UUID actionId) {
        return LicenceActionView.of(part(queries.actions(recordId, readers.scope()), LicenceAction::id, actionId, "licence action"));
    }

    /** 检查 by an inspector or supervisor of the department, on a claimed record. */
    @PostMapping("/{recordId}/inspections")
    public ResponseEntity<InspectionView> recordInspection(@PathVariable UUID recordId,
            @Valid @RequestBody InspectionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Inspection inspection = commands.recordInspection(recordId, currentActor.current(), request.result(),
                request.notes(), ifMatch);
        return created(recordId, "inspections", inspection.id(), InspectionView.of(inspection));
    }

    @GetMapping("/{recordId}/inspections")
    public List<InspectionView> inspections(@PathVariable UUID recordId) {
        return queries.inspections(recordId, readers.scope()).stream().map(InspectionView::of).toList();
    }

    @GetMapping("/{recordId}/inspections/{inspectionId}")
    public InspectionView inspection(@PathVariable UUID recordId, @PathVariable UUID inspectionId) {
        return InspectionView.of(part(queries.inspections(recordId, readers.scope()), Inspection::id, inspectionId, "inspection"));
    }

    /** Who did what, in which role, for whom, and when; oldest first. */
    @GetMapping("/{recordId}/audit")
    public PageResult<AuditEntryView> audit(@PathVariable UUID recordId, PageQuery page) {
        return queries.audit(recordId, readers.scope(), page).map(AuditEntryView::of);
    }

    /** 201 for a part (action, inspection) added to the record: Location names the part. */
    private static <V> ResponseEntity<V> created(UUID recordId, String parts, UUID partId, V body) {
        return ResponseEntity.created(URI.create("/api/supervision/v1/records/" + recordId + "/" + parts + "/" + partId))
                .body(body);
    }

    /** One of the record's parts by its id; 404 naming the kind of part when the record has none with it. */
    private static <P> P part(List<P> parts, Function<P, UUID> idOf, UUID id, String kind) {
        return parts.stream().filter(p -> idOf.apply(p).equals(id)).findFirst()
                .orElseThrow(() -> new NotFound(kind, id.toString()));
    }
}
