package org.onewindow.review.cases;

import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.messaging.BlockedEvents;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.web.etags.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
 */
@RestController
@RequestMapping("/api/review/v1/cases")
public class CaseController {

    private final ReviewCaseService cases;
    private final CaseRepository repository;
    private final CurrentActor currentActor;
    private final BlockedEvents blockedEvents;

    public CaseController(ReviewCaseService cases, CaseRepository repository, CurrentActor currentActor,
                          BlockedEvents blockedEvents) {
        this.cases = cases;
        this.repository = repository;
        this.blockedEvents = blockedEvents;
        this.currentActor = currentActor;
    }

    @GetMapping("/{caseNumber}")
    @PreAuthorize("hasAnyRole('REVIEWER', 'CHECKER', 'WINDOW_CLERK', 'MONITOR', 'SUPERVISOR', 'SYSTEM')")
    public ResponseEntity<CaseView> get(@PathVariable String caseNumber) {
        ReviewCase reviewCase = cases.find(caseNumber);
        return ResponseEntity.ok().eTag(ETags.of(repository.version(caseNumber)))
                .body(CaseView.of(reviewCase, cases.today(), blockedEvents.blocking(caseNumber)));
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
    @PreAuthorize("hasAnyRole('REVIEWER', 'CHECKER')")
    public ResponseEntity<ExtensionGranted> extend(
            @PathVariable String caseNumber, @Valid @RequestBody ExtensionBody body,
            @RequestHeader(name = TaskController.ON_BEHALF_OF, required = false) String onBehalfOf) {
        ReviewCase reviewCase = cases.extendStatutoryLimit(caseNumber, body.workingDays(), body.reason(),
                ActingUser.from(currentActor.current(), onBehalfOf));
        return ResponseEntity.created(URI.create("/api/review/v1/cases/" + caseNumber))
                .body(new ExtensionGranted(caseNumber, reviewCase.extension(), reviewCase.deadlines()));
    }

    /** 特别程序: which procedure stops the clock (HEARING, TESTING, EXPERT_REVIEW), and why. */
    public record PauseBody(@NotNull PauseKind kind, @NotBlank @Size(max = TextLimits.REASON) String reason) {
    }

    public record PauseState(String caseNumber, Pause pause, CaseDeadlines deadlines) {
    }

    @PostMapping("/{caseNumber}/pauses")
    @PreAuthorize("hasAnyRole('REVIEWER', 'CHECKER')")
    public ResponseEntity<PauseState> pause(
            @PathVariable String caseNumber, @Valid @RequestBody PauseBody body,
            @RequestHeader(name = TaskController.ON_BEHALF_OF, required = false) String onBehalfOf) {
        UUID pauseId = cases.startSpecialProcedure(caseNumber, body.kind(), body.reason(),
                ActingUser.from(currentActor.current(), onBehalfOf));
        return ResponseEntity.created(URI.create("/api/review/v1/cases/" + caseNumber + "/pauses/" + pauseId))
                .body(pauseState(cases.find(caseNumber), pauseId));
    }

    @GetMapping("/{caseNumber}/pauses/{pauseId}")
    @PreAuthorize("hasAnyRole('REVIEWER', 'CHECKER', 'WINDOW_CLERK', 'MONITOR', 'SUPERVISOR', 'SYSTEM')")
    public PauseState getPause(@PathVariable String caseNumber, @PathVariable UUID pauseId) {
        return pauseState(cases.find(caseNumber), pauseId);
    }

    /** Ends a special procedure: the clock runs again and the deadlines move by the working days paused. */
    @PostMapping("/{caseNumber}/pauses/{pauseId}/end")
    @PreAuthorize("hasAnyRole('REVIEWER', 'CHECKER')")
    public PauseState endPause(@PathVariable String caseNumber, @PathVariable UUID pauseId,
                               @RequestHeader(name = TaskController.ON_BEHALF_OF, required = false) String onBehalfOf) {
        ReviewCase reviewCase = cases.endSpecialProcedure(caseNumber, pauseId, ActingUser.from(currentActor.current(), onBehalfOf));
        return pauseState(reviewCase, pauseId);
    }

    private static PauseState pauseState(ReviewCase reviewCase, UUID pauseId) {
        Pause pause = reviewCase.pauses().stream().filter(p -> p.pauseId().equals(pauseId)).findFirst()
                .orElseThrow(() -> new NotFound("pause", pauseId.toString()));
        return new PauseState(reviewCase.caseNumber(), pause, reviewCase.deadlines());
    }

    @PostMapping("/{caseNumber}/supplement-requests")
    @PreAuthorize("hasRole('REVIEWER')")
    public ResponseEntity<SupplementRequestCreated> requestSupplement(
            @PathVariable String caseNumber, @Valid @RequestBody SupplementRequestBody body,
            @RequestHeader(name = TaskController.ON_BEHALF_OF, required = false) String onBehalfOf) {
        List<SupplementMaterial> materials = body.materials().stream()
                .map(m -> new SupplementMaterial(m.code(), m.name(), m.note())).toList();
        UUID requestId = cases.requestSupplement(caseNumber, body.taskId(), materials,
                ActingUser.from(currentActor.current(), onBehalfOf));
        return ResponseEntity.created(URI.create("/api/review/v1/cases/" + caseNumber + "/supplement-requests/" + requestId))
                .body(new SupplementRequestCreated(requestId, caseNumber, body.taskId()));
    }
}
