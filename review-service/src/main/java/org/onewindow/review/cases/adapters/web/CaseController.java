package org.onewindow.review.cases.adapters.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;
import org.onewindow.platform.messaging.BlockedEvents;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.web.etags.ETags;
import org.onewindow.platform.web.waiting.ChangeWaiter;
import org.onewindow.review.cases.application.ReviewCaseQueries;
import org.onewindow.review.cases.application.ReviewCaseQueries.CaseWithTrail;
import org.onewindow.review.cases.application.ReviewCaseService;
import org.onewindow.review.cases.application.ReviewCaseService.Started;
import org.onewindow.review.cases.domain.ActingUser;
import org.onewindow.review.cases.domain.CaseDeadlines;
import org.onewindow.review.cases.domain.Pause;
import org.onewindow.review.cases.domain.PauseKind;
import org.onewindow.review.cases.domain.ReviewCase;
import org.onewindow.review.cases.domain.StatutoryExtension;
import org.onewindow.review.cases.domain.SupplementMaterial;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Review cases: the whole case (tasks, steps, deadlines, decision, audit trail), and the commands on its clock:
 * supplement requests (补正), special procedures (特别程序, Art. 45) and the statutory extension (延期, Art. 42).
 * The case's ETag is its version; the commands accept it in {@code If-Match} when the client sends one (412 when the
 * case changed since), and answer the new one.
 */
@RestController
@RequestMapping("/api/review/v1/cases")
public class CaseController {

    private final ReviewCaseService cases;
    private final ReviewCaseQueries queries;
    private final CurrentActor currentActor;
    private final BlockedEvents blockedEvents;
    private final CallerScopes scopes;
    private final ChangeWaiter waiter;

    CaseController(ReviewCaseService cases, ReviewCaseQueries queries, CurrentActor currentActor,
                   BlockedEvents blockedEvents, CallerScopes scopes, ChangeWaiter waiter) {
        this.cases = cases;
        this.queries = queries;
        this.blockedEvents = blockedEvents;
        this.currentActor = currentActor;
        this.scopes = scopes;
        this.waiter = waiter;
    }

    /**
     * Body and ETag from one read of the case; 404 for a case outside the caller's scope. With {@code Prefer: wait=N}
     * it waits for a change of the ETag in {@code If-None-Match} (304 when none came), or without it for the case to
     * exist (docs/architecture.md "Waiting for a change").
     */
    @GetMapping("/{caseNumber}")
    public ResponseEntity<CaseView> get(@PathVariable String caseNumber,
            @RequestHeader(name = ChangeWaiter.PREFER, required = false) String prefer,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        CaseNumber number = CaseNumbers.fromPath(caseNumber);
        CaseWithTrail read = waiter.untilChanged("case", number.value(),
                () -> queries.caseWithTrail(number, scopes.cases("case", "read")),
                r -> ETags.of(r.reviewCase().version()));
        return ResponseEntity.ok().eTag(ETags.of(read.reviewCase().version()))
                .body(CaseView.of(read.reviewCase(), read.audit(), queries.today(), blockedEvents.blocking(caseNumber)));
    }

    public record MaterialBody(@NotBlank @Size(max = TextLimits.CODE) @SingleLine String code,
                               @NotBlank @Size(max = TextLimits.NAME) @SingleLine String name,
                               @Size(max = TextLimits.REASON) String note) {
    }

    /** 补正: the materials the applicant must supply, listed at once; the clock pauses until they arrive. */
    public record SupplementRequestBody(@NotNull UUID taskId,
                                        @NotEmpty @Size(max = ListLimits.MATERIALS) List<@Valid MaterialBody> materials) {
    }

    public record SupplementRequestCreated(UUID requestId, String caseNumber, UUID taskId) {
    }

    /** 延期: working days added to the statutory limit, and why. */
    public record ExtensionBody(@NotNull Integer workingDays, @NotBlank @Size(max = TextLimits.REASON) String reason) {
    }

    public record ExtensionGranted(String caseNumber, StatutoryExtension extension, CaseDeadlines deadlines) {
    }

    /**
     * The agency head (a CHECKER of the implementing department) extends the statutory limit, once. The extension is
     * part of the case, so Location is the case.
     */
    @PostMapping("/{caseNumber}/extensions")
    public ResponseEntity<ExtensionGranted> extend(
            @PathVariable String caseNumber, @Valid @RequestBody ExtensionBody body,
            @RequestHeader(name = ActingUsers.ON_BEHALF_OF, required = false) String onBehalfOf,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ReviewCase reviewCase = cases.extendStatutoryLimit(CaseNumbers.fromPath(caseNumber), body.workingDays(),
                body.reason(), actor(onBehalfOf), ifMatch);
        return ResponseEntity.created(URI.create("/api/review/v1/cases/" + caseNumber))
                .eTag(ETags.of(reviewCase.version()))
                .body(new ExtensionGranted(caseNumber, reviewCase.extension(), reviewCase.deadlines()));
    }

    /**
     * 特别程序 (Art. 45): which procedure stops the clock (HEARING 听证, BIDDING 招标, AUCTION 拍卖, INSPECTION 检验,
     * TESTING 检测, QUARANTINE 检疫, APPRAISAL 鉴定, EXPERT_REVIEW 专家评审), why, and optionally how many working days
     * it is expected to need (told to the applicant in writing).
     */
    public record PauseBody(@NotNull PauseKind kind, @NotBlank @Size(max = TextLimits.REASON) String reason,
                            @Min(1) @Max(MAX_EXPECTED_WORKING_DAYS) Integer expectedWorkingDays) {
    }

    /** About a year of working days: an expected pause longer than that is a typing error. */
    static final int MAX_EXPECTED_WORKING_DAYS = 250;

    public record PauseState(String caseNumber, Pause pause, CaseDeadlines deadlines) {
    }

    @PostMapping("/{caseNumber}/pauses")
    public ResponseEntity<PauseState> pause(
            @PathVariable String caseNumber, @Valid @RequestBody PauseBody body,
            @RequestHeader(name = ActingUsers.ON_BEHALF_OF, required = false) String onBehalfOf,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Started started = cases.startSpecialProcedure(CaseNumbers.fromPath(caseNumber), body.kind(), body.reason(),
                body.expectedWorkingDays(), actor(onBehalfOf), ifMatch);
        return created(caseNumber, "pauses", started, pauseState(started.reviewCase(), started.id()));
    }

    /** A pause with the case's deadlines; the ETag is the case's (what ending the pause checks). */
    @GetMapping("/{caseNumber}/pauses/{pauseId}")
    public ResponseEntity<PauseState> getPause(@PathVariable String caseNumber, @PathVariable UUID pauseId) {
        ReviewCase reviewCase = queries.reviewCase(CaseNumbers.fromPath(caseNumber), scopes.cases("case", "read"));
        return ResponseEntity.ok().eTag(ETags.of(reviewCase.version())).body(pauseState(reviewCase, pauseId));
    }

    /** Ends a special procedure: the clock runs again and the deadlines move by the working days paused. */
    @PostMapping("/{caseNumber}/pauses/{pauseId}/end")
    public ResponseEntity<PauseState> endPause(
            @PathVariable String caseNumber, @PathVariable UUID pauseId,
            @RequestHeader(name = ActingUsers.ON_BEHALF_OF, required = false) String onBehalfOf,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ReviewCase reviewCase = cases.endSpecialProcedure(CaseNumbers.fromPath(caseNumber), pauseId, actor(onBehalfOf),
                ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(reviewCase.version())).body(pauseState(reviewCase, pauseId));
    }

    private static PauseState pauseState(ReviewCase reviewCase, UUID pauseId) {
        Pause pause = reviewCase.pauses().stream().filter(p -> p.pauseId().equals(pauseId)).findFirst()
                .orElseThrow(() -> new NotFound("pause", pauseId.toString()));
        return new PauseState(reviewCase.caseNumber().value(), pause, reviewCase.deadlines());
    }

    @PostMapping("/{caseNumber}/supplement-requests")
    public ResponseEntity<SupplementRequestCreated> requestSupplement(
            @PathVariable String caseNumber, @Valid @RequestBody SupplementRequestBody body,
            @RequestHeader(name = ActingUsers.ON_BEHALF_OF, required = false) String onBehalfOf,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        List<SupplementMaterial> materials = body.materials().stream()
                .map(m -> new SupplementMaterial(m.code(), m.name(), m.note())).toList();
        CaseNumber number = CaseNumbers.fromPath(caseNumber);
        Started started = cases.requestSupplement(number, body.taskId(), materials, actor(onBehalfOf), ifMatch);
        return created(caseNumber, "supplement-requests", started,
                new SupplementRequestCreated(started.id(), caseNumber, body.taskId()));
    }

    /** 201 for what a command started on the case (a pause, a request): Location names it, the ETag is the case's. */
    private static <V> ResponseEntity<V> created(String caseNumber, String parts, Started started, V body) {
        return ResponseEntity.created(URI.create("/api/review/v1/cases/" + caseNumber + "/" + parts + "/" + started.id()))
                .eTag(ETags.of(started.reviewCase().version())).body(body);
    }

    private ActingUser actor(String onBehalfOf) {
        return ActingUsers.from(currentActor, onBehalfOf);
    }
}
