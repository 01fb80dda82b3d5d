package org.onewindow.intake.applications.adapters.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.onewindow.intake.applications.application.ApplicationService;
import org.onewindow.intake.applications.application.CaseScopes;
import org.onewindow.intake.applications.domain.ActingUser;
import org.onewindow.intake.applications.domain.ApplicantKind;
import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.applications.domain.ApplicationStatus;
import org.onewindow.intake.applications.domain.DeliveryMethod;
import org.onewindow.intake.applications.domain.DeliveryPreference;
import org.onewindow.intake.applications.domain.DeliveryRequest;
import org.onewindow.intake.applications.domain.DeliveryWarning;
import org.onewindow.intake.applications.domain.Mandate;
import org.onewindow.intake.applications.domain.Reason;
import org.onewindow.intake.applications.domain.Submission;
import org.onewindow.intake.applications.domain.SubmittedMaterial;
import org.onewindow.intake.catalog.domain.Channel;
import org.onewindow.platform.commands.PersonalDataReads;
import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;
import org.onewindow.platform.messaging.BlockedEvents;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.web.etags.ETags;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.platform.web.waiting.ChangeWaiter;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 一窗通办 front desk: submission (window, online, village agent), supplements, refusal, delivery, reads. */
@RestController
@RequestMapping(ApplicationController.BASE)
public class ApplicationController {

    public static final String BASE = "/api/intake/v1/applications";
    /** The personal data an application view shows (查询留痕 records these names for staff reads). */
    static final List<String> PERSONAL_FIELDS = List.of("applicant.name", "applicant.maskedIdNumber",
            "applicant.maskedPhone", "agent.name");
    /** What a caller shown the applicant's personal data reads besides. */
    static final List<String> UNMASKED_FIELDS = List.of("applicant.name", "applicant.idNumber", "applicant.phone",
            "deliveryAddress", "agent.name", "delivery.collectedBy");

    private final ApplicationService service;
    private final CaseScopes scopes;
    private final CurrentActor currentActor;
    private final BlockedEvents blockedEvents;
    private final PersonalDataReads personalDataReads;
    private final ChangeWaiter waiter;

    public ApplicationController(ApplicationService service, CaseScopes scopes, CurrentActor currentActor,
                                 BlockedEvents blockedEvents, PersonalDataReads personalDataReads, ChangeWaiter waiter) {
        this.service = service;
        this.scopes = scopes;
        this.currentActor = currentActor;
        this.blockedEvents = blockedEvents;
        this.personalDataReads = personalDataReads;
        this.waiter = waiter;
    }

    /** One application as this caller sees it, with the dead-lettered events that hold it up. */
    private ApplicationView view(ApplicationService.Seen seen) {
        Application application = seen.application();
        return ApplicationView.of(application, service.deliveryWarning(application),
                blockedEvents.blocking(application.caseNumber().value()), seen.unmasked());
    }

    /** The personal data a view shows this caller (查询留痕 records these names). */
    private static List<String> personalFields(boolean unmasked) {
        return unmasked ? UNMASKED_FIELDS : PERSONAL_FIELDS;
    }

    public record ApplicantBody(@NotNull ApplicantKind kind, @NotBlank @Size(max = TextLimits.NAME) @SingleLine String name,
                                @NotBlank @Size(max = TextLimits.ID_NUMBER) @SingleLine String idNumber,
                                @Size(max = TextLimits.ID_NUMBER) @SingleLine String phone) {
        @Override
        public String toString() {
            return "ApplicantBody[" + kind + "]";
        }
    }

    public record MaterialBody(@NotBlank @Size(max = TextLimits.CODE) @SingleLine String code, @NotNull Boolean provided,
                               Boolean defective, @Size(max = TextLimits.REASON) String note) {
        SubmittedMaterial toMaterial() {
            return new SubmittedMaterial(code, provided, Boolean.TRUE.equals(defective), note);
        }
    }

    public record DeliveryBody(@NotNull DeliveryMethod method, @Size(max = TextLimits.ADDRESS) String address) {
    }

    /** 委托书 of a village agent. */
    public record MandateBody(@NotBlank @Size(max = TextLimits.CODE) @SingleLine String mandateId,
                              @Size(max = TextLimits.REFERENCE) @SingleLine String documentRef,
                              @NotBlank @Size(max = TextLimits.NAME) @SingleLine String principalName, @NotNull LocalDate validUntil) {
    }

    public record SubmissionBody(@NotBlank @Size(max = TextLimits.CODE) @SingleLine String itemCode,
                                 @Size(max = TextLimits.CODE) @SingleLine String centreCode, Channel channel,
                                 @NotNull @Valid ApplicantBody applicant,
                                 @NotNull @Size(max = ListLimits.MATERIALS) List<@Valid MaterialBody> materials,
                                 @Valid DeliveryBody delivery, @Valid MandateBody mandate,
                                 @Size(max = TextLimits.CODE) @SingleLine String applicantUserId) {
        Submission toSubmission() {
            return new Submission(itemCode, centreCode, channel, applicant.kind(), applicant.name(), applicant.idNumber(),
                    applicant.phone(), materials.stream().map(MaterialBody::toMaterial).toList(),
                    delivery == null ? null : new DeliveryPreference(delivery.method(), delivery.address()),
                    mandate == null ? null : new Mandate(mandate.mandateId(), mandate.documentRef(), mandate.principalName(), mandate.validUntil()),
                    applicantUserId);
        }
    }

    /** The created application plus the query code (查询码), shown only in this response. */
    public record SubmittedView(ApplicationView application, String queryCode) {
    }

    @PostMapping
    public ResponseEntity<SubmittedView> submit(@Valid @RequestBody SubmissionBody body) {
        ApplicationService.Submitted submitted = service.submit(body.toSubmission(), ActingUser.of(currentActor.current()),
                scopes.of("submit"));
        Application application = submitted.application();
        // the submitter has just typed the applicant's data: the answer does not echo it (a later read shows it
        // whole to those whose step needs it)
        return ResponseEntity.created(URI.create(BASE + "/" + application.caseNumber()))
                .eTag(ETags.of(application.version()))
                .body(new SubmittedView(view(new ApplicationService.Seen(application, false)), submitted.queryCode()));
    }

    /**
     * With {@code Prefer: wait=N} it waits for a change of the ETag in {@code If-None-Match} (304 when none came), or
     * without it for the application to exist (docs/architecture.md "Waiting for a change").
     */
    @GetMapping("/{caseNumber}")
    public ResponseEntity<ApplicationView> get(@PathVariable String caseNumber,
            @RequestHeader(name = ChangeWaiter.PREFER, required = false) String prefer,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        ActingUser reader = ActingUser.of(currentActor.current());
        ApplicationService.Seen seen = waiter.untilChanged("application", caseNumber,
                () -> service.find(caseNumber, reader, scopes.of("read")), s -> ETags.of(s.application().version()));
        Application application = seen.application();
        personalDataReads.record("application", application.caseNumber().value(), "intake.application.read",
                personalFields(seen.unmasked()));
        return ResponseEntity.ok().eTag(ETags.of(application.version())).body(view(seen));
    }

    /** @param deliveryWarning only decided, undelivered cases with this delivery light today (GREEN, YELLOW, RED) */
    @GetMapping
    public PageResult<ApplicationView> list(@RequestParam(required = false) String centre,
                                            @RequestParam(required = false) ApplicationStatus status,
                                            @RequestParam(required = false) DeliveryWarning deliveryWarning,
                                            PageQuery page) {
        PageResult<ApplicationService.Seen> seen = service.list(centre, status, deliveryWarning, page, scopes.of("list"));
        for (boolean unmasked : List.of(true, false)) {
            List<String> cases = seen.items().stream().filter(s -> s.unmasked() == unmasked)
                    .map(s -> s.application().caseNumber().value()).toList();
            if (!cases.isEmpty()) {
                personalDataReads.record("application", cases, "intake.application.list", personalFields(unmasked));
            }
        }
        return seen.map(s -> ApplicationView.of(s.application(), service.deliveryWarning(s.application()), s.unmasked()));
    }

    @GetMapping("/{caseNumber}/history")
    public List<AuditEntryView> history(@PathVariable String caseNumber) {
        ApplicationService.History history = service.history(caseNumber, ActingUser.of(currentActor.current()),
                scopes.of("read"));
        boolean unmasked = history.seen().unmasked();
        return history.entries().stream().map(entry -> AuditEntryView.of(entry, unmasked)).toList();
    }

    public record SupplementBody(@NotEmpty @Size(max = ListLimits.MATERIALS) List<@Valid MaterialBody> materials) {
    }

    /**
     * 补正: materials after a one-time notice, a review request, or owed under 容缺受理. An {@code If-Match}
     * (optional) is checked in the command's transaction, against the version it changes.
     */
    @PostMapping("/{caseNumber}/supplements")
    public ResponseEntity<ApplicationView> supplement(@PathVariable String caseNumber, @Valid @RequestBody SupplementBody body,
                                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ApplicationService.Seen seen = service.supplement(caseNumber,
                body.materials().stream().map(MaterialBody::toMaterial).toList(), ActingUser.of(currentActor.current()),
                scopes.of("supplement"), ifMatch);
        return ResponseEntity.created(URI.create(BASE + "/" + caseNumber + "/history"))
                .eTag(ETags.of(seen.application().version())).body(view(seen));
    }

    public record ReasonBody(@Size(max = TextLimits.CODE) @SingleLine String rule,
                             @NotBlank @Size(max = TextLimits.REASON) String message) {
    }

    public record RefusalBody(@NotEmpty @Size(max = ListLimits.REASONS) List<@Valid ReasonBody> reasons) {
    }

    /** 不予受理, with a dated refusal and its reasons. */
    @PostMapping("/{caseNumber}/refusal")
    public ResponseEntity<ApplicationView> refuse(@PathVariable String caseNumber, @Valid @RequestBody RefusalBody body,
                                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        List<Reason> reasons = body.reasons().stream()
                .map(r -> new Reason(r.rule() == null || r.rule().isBlank() ? "intake.stated-reason" : r.rule(), r.message())).toList();
        ApplicationService.Seen seen = service.refuse(caseNumber, reasons, ActingUser.of(currentActor.current()),
                scopes.of("refuse"), ifMatch);
        return ResponseEntity.created(URI.create(BASE + "/" + caseNumber + "/refusal"))
                .eTag(ETags.of(seen.application().version())).body(view(seen));
    }

    /**
     * @param method         WINDOW_PICKUP, MAIL (EMS), DOOR_DELIVERY or ELECTRONIC; absent: the applicant's preference
     * @param trackingNumber MAIL: the EMS tracking number (required, format checked)
     * @param collectedBy    WINDOW_PICKUP: who collected the result (required; the applicant, or the agent's name)
     * @param licenceNumber  ELECTRONIC: the electronic licence's number (optional; when given, must be the decision's)
     */
    public record DeliveryRequestBody(DeliveryMethod method, @Size(max = TextLimits.CODE) @SingleLine String trackingNumber,
                                      @Size(max = TextLimits.NAME) @SingleLine String collectedBy,
                                      @Size(max = TextLimits.CODE) @SingleLine String licenceNumber) {

        DeliveryRequest toRequest() {
            return new DeliveryRequest(method, trackingNumber, collectedBy, licenceNumber);
        }
    }

    /**
     * 统一窗口出件: outcome and licence come from the stored decision, never from this body. An {@code If-Match}
     * (optional) must name the version the clerk saw.
     */
    @PostMapping("/{caseNumber}/deliveries")
    public ResponseEntity<ApplicationView> deliver(@PathVariable String caseNumber,
                                                   @Valid @RequestBody(required = false) DeliveryRequestBody body,
                                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        DeliveryRequest request = body == null ? DeliveryRequest.asPreferred() : body.toRequest();
        ApplicationService.Seen seen = service.deliver(caseNumber, request, ActingUser.of(currentActor.current()),
                scopes.of("deliver"), ifMatch);
        return ResponseEntity.created(URI.create(BASE + "/" + caseNumber + "/deliveries"))
                .eTag(ETags.of(seen.application().version())).body(view(seen));
    }
}
