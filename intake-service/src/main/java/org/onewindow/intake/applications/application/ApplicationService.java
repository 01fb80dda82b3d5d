package org.onewindow.intake.applications.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.onewindow.intake.applications.domain.ActingUser;
import org.onewindow.intake.applications.domain.Agent;
import org.onewindow.intake.applications.domain.Applicant;
import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.applications.domain.ApplicationEvent;
import org.onewindow.intake.applications.domain.ApplicationStatus;
import org.onewindow.intake.applications.domain.CaseNumbers;
import org.onewindow.intake.applications.domain.DeadlineChange;
import org.onewindow.intake.applications.domain.Decision;
import org.onewindow.intake.applications.domain.Outcome;
import org.onewindow.intake.applications.domain.Delivery;
import org.onewindow.intake.applications.domain.DeliveryRequest;
import org.onewindow.intake.applications.domain.DeliveryWarning;
import org.onewindow.intake.applications.domain.DeliveryWarnings;
import org.onewindow.intake.applications.domain.ShownDeadlines;
import org.onewindow.intake.applications.domain.Intake;
import org.onewindow.intake.applications.domain.LicenceAction;
import org.onewindow.intake.applications.domain.QueryCode;
import org.onewindow.intake.applications.domain.Reason;
import org.onewindow.intake.applications.domain.Roles;
import org.onewindow.intake.applications.domain.Submission;
import org.onewindow.intake.applications.domain.SubmissionPolicies;
import org.onewindow.intake.applications.domain.SubmittedMaterial;
import org.onewindow.intake.applications.domain.SupplementRequest;
import org.onewindow.intake.catalog.application.CatalogReplica;
import org.onewindow.intake.messages.application.MessageBox;
import org.onewindow.intake.messages.application.Recipient;
import org.onewindow.intake.messages.domain.ApplicantMessage;
import org.onewindow.intake.messages.domain.ApplicantMessages;
import org.onewindow.intake.messages.domain.MessageKind;
import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.clock.WarningPolicy;
import org.onewindow.platform.clock.WorkingDays;
import org.onewindow.platform.commands.AuditTrail;
import org.onewindow.platform.commands.Command;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.commands.IfMatch;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.Violation;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front desk's use cases. Every change goes through the application command path (one transaction: load with
 * lock → If-Match → {@link ApplicationAccess} → the aggregate's command → save with version check → contract
 * events to the outbox, audit lines to {@code audit_trail}). Consumed review and supervision events take the same
 * path inside the inbox transaction, as the system ({@code principal = system:intake}).
 */
public class ApplicationService {

    private static final Logger log = LoggerFactory.getLogger(ApplicationService.class);

    /** A submission's result; {@code queryCode} is shown once and stored only as a hash. */
    public record Submitted(Application application, String queryCode) {
    }

    /** An application as the caller sees it, with its audit trail, oldest line first. */
    public record History(Seen seen, List<AuditEntry> entries) {
    }

    /** An application as one caller sees it: with the applicant's personal data or masked ({@link CaseScope#unmasked}). */
    public record Seen(Application application, boolean unmasked) {
    }

    private final CommandPath<CaseNumber, Application, ApplicationEvent> applications;
    private final ApplicationStore store;
    private final AuditTrail auditTrail;
    private final CatalogReplica catalog;
    private final CalendarReplica calendar;
    private final Clock clock;
    private final int noticeWorkingDays;
    private final MessageBox messages;
    private final MaterialDocuments documents;

    public ApplicationService(CommandPath<CaseNumber, Application, ApplicationEvent> applications, ApplicationStore store,
                              AuditTrail auditTrail, CatalogReplica catalog, CalendarReplica calendar, Clock clock,
                              int noticeWorkingDays, MessageBox messages) {
        this(applications, store, auditTrail, catalog, calendar, clock, noticeWorkingDays, messages,
                MaterialDocuments.NONE);
    }

    /** @param documents what attached documents say about materials: it overrides the flags of those materials */
    public ApplicationService(CommandPath<CaseNumber, Application, ApplicationEvent> applications, ApplicationStore store,
                              AuditTrail auditTrail, CatalogReplica catalog, CalendarReplica calendar, Clock clock,
                              int noticeWorkingDays, MessageBox messages, MaterialDocuments documents) {
        this.documents = documents;
        this.messages = messages;
        this.applications = applications;
        this.store = store;
        this.auditTrail = auditTrail;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
        this.noticeWorkingDays = noticeWorkingDays;
    }

    /** @param scope the caller's {@code application.submit} scope: a clerk submits only at their own centre */
    public Submitted submit(Submission submission, ActingUser by, CaseScope scope) {
        if (by.is(Roles.WINDOW_CLERK)) {
            scope.requireSubmitsAt(submission.centreCode());
        }
        OffsetDateTime now = now();
        LocalDate today = now.toLocalDate();
        String centreCode = Intake.centreOf(submission, by);
        Intake intake = new Intake(submission, by, centreCode, Intake.channelOf(submission, by),
                catalog.item(submission.itemCode()).orElse(null), catalog.centre(centreCode).orElse(null), today);
        List<Violation> violations = SubmissionPolicies.violations(intake);
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        String queryCode = QueryCode.generate();
        LocalDate noticeDueOn = noticeDueOn(today);
        Application application = applications.create(Command.of("submit", by.auditActor()), () -> {
            // the daily sequence is taken in the transaction that inserts the case: a refused insert leaves no gap
            CaseNumber caseNumber = CaseNumbers.format(centreCode, today, store.nextSequence(centreCode, today));
            Applicant applicant = new Applicant(submission.applicantKind(), submission.applicantName(),
                    submission.idNumber().strip(),
                    SubmissionPolicies.maskedIdNumber(submission.applicantKind(), submission.idNumber(), today),
                    submission.phone(), applicantUserId(submission, by, caseNumber));
            Agent agent = by.is(Roles.VILLAGE_AGENT) ? new Agent(by.userId(), by.name(), submission.mandate()) : null;
            ActingUser acting = agent == null ? by : by.forWhom(submission.applicantName());
            Application submitted = Application.submit(caseNumber, intake, applicant, agent, QueryCode.hash(queryCode),
                    acting, now, noticeDueOn);
            tellNotice(submitted, 0);
            return submitted;
        });
        log.info("application {} registered for item {} at {}: {}", application.caseNumber(), intake.item().itemCode(),
                centreCode, application.status());
        return new Submitted(application, queryCode);
    }

    /** 补正: the client's If-Match (when sent) is checked against the version this command loads, in its transaction. */
    public Seen supplement(String caseNumber, List<SubmittedMaterial> materials, ActingUser by, CaseScope scope,
                           String ifMatch) {
        return seen(applications.change(key(caseNumber), command("supplement", by, scope, ifMatch),
                a -> {
                    inScope(scope, a).supplement(withDocuments(a, materials), a.actingFor(by, today()), now(),
                            noticeDueOn(today()));
                    tellNotice(a, a.version() + 1);
                }), scope);
    }

    /**
     * 预审 changed what a material's documents say: a case waiting for materials is checked again at once (accepted,
     * or a new notice listing the defect with its reason); an accepted case owing that material (容缺) takes it.
     * In other statuses the documents wait for the applicant's or clerk's next supplement.
     */
    public void materialsReviewed(CaseNumber caseNumber, String materialCode, ActingUser by) {
        applications.change(caseNumber, Command.of("pre-review", by.auditActor()), a -> {
            SubmittedMaterial evidence = documents.evidence(a.caseNumber()).get(materialCode);
            if (evidence == null) {
                return;
            }
            boolean owed = a.status() == ApplicationStatus.ACCEPTED && a.deferred().contains(materialCode)
                    && evidence.usable();
            if (a.status() == ApplicationStatus.NOTICE_ISSUED || owed) {
                a.supplement(List.of(evidence), by, now(), noticeDueOn(today()));
                tellNotice(a, a.version() + 1);
            }
        });
    }

    /** The materials as sent, each one that has documents replaced by what its newest document says. */
    private List<SubmittedMaterial> withDocuments(Application a, List<SubmittedMaterial> sent) {
        Map<String, SubmittedMaterial> evidence = documents.evidence(a.caseNumber());
        return sent.stream().map(m -> evidence.getOrDefault(m.code(), m)).toList();
    }

    public Seen refuse(String caseNumber, List<Reason> reasons, ActingUser by, CaseScope scope, String ifMatch) {
        return seen(applications.change(key(caseNumber), command("refuse", by, scope, ifMatch),
                a -> {
                    inScope(scope, a).refuse(reasons, by, now());
                    tell(a, a.caseNumber().value() + ":" + MessageKind.NOT_ACCEPTED, ApplicantMessages.notAccepted(
                            caseOf(a), a.refusalReasons().stream().map(Reason::message).toList()));
                }), scope);
    }

    /** 出件 by method; the applicant is told how it reached them (结果已送达/可领取), then invited to rate. */
    public Seen deliver(String caseNumber, DeliveryRequest request, ActingUser by, CaseScope scope, String ifMatch) {
        return seen(applications.change(key(caseNumber), command("deliver", by, scope, ifMatch),
                a -> {
                    // the licence document, if review issued it already, read in the command's transaction
                    inScope(scope, a).deliver(request, documents.licence(a.caseNumber()).orElse(null), by, now());
                    Delivery d = a.delivery();
                    tell(a, a.caseNumber().value() + ":" + MessageKind.RESULT_DELIVERED,
                            ApplicantMessages.resultDelivered(caseOf(a), d.method().name(), d.trackingNumber(),
                                    d.licenceNumber(), d.deliveredAt().toLocalDate()));
                    tell(a, a.caseNumber().value() + ":" + MessageKind.RATING_INVITATION,
                            ApplicantMessages.ratingInvitation(caseOf(a)));
                }), scope);
    }

    /** The delivery light of a case today (null when nothing waits for delivery against a due date). */
    public DeliveryWarning deliveryWarning(Application application) {
        return deliveryWarnings().of(application, today());
    }

    /**
     * 电子监察 of delivery, one case: raises its light if not raised yet, under the row lock of the command path (a
     * second instance scanning at the same time finds it raised and raises nothing).
     *
     * @return whether a warning was raised
     */
    public boolean raiseDeliveryWarning(CaseNumber caseNumber) {
        LocalDate today = today();
        DeliveryWarnings warnings = deliveryWarnings();
        boolean[] raised = {false};
        applications.onEvent(caseNumber, Command.of("raise-delivery-warning", ActingUser.system("intake").auditActor()),
                a -> {
                    DeliveryWarning level = warnings.of(a, today);
                    if (level != null) {
                        raised[0] = a.raiseDeliveryWarning(level, warnings.workingDaysLeft(a.licenceIssueDueBy(), today),
                                today, now());
                    }
                });
        return raised[0];
    }

    /** The cases whose delivery light may need raising today, oldest due date first. */
    public List<CaseNumber> deliveryWarningCandidates(int limit) {
        LocalDate today = today();
        return store.deliveryWarningCandidates(today, deliveryWarnings().yellowUntil(today), limit);
    }

    /** The list filter for a delivery light, on today's calendar; null for no filter. */
    public ApplicationStore.DeliveryFilter deliveryFilter(DeliveryWarning level) {
        if (level == null) {
            return null;
        }
        LocalDate today = today();
        return new ApplicationStore.DeliveryFilter(level, today, deliveryWarnings().yellowUntil(today));
    }

    /** The rule of review's case warnings (the platform's default policy), on today's working-day calendar. */
    private DeliveryWarnings deliveryWarnings() {
        return new DeliveryWarnings(calendar.workingDays(), WarningPolicy.DEFAULT);
    }

    /**
     * The application if the caller's scope reaches it (else the 404 of an unknown case), with or without the
     * applicant's personal data as the scope says.
     */
    public Seen find(String caseNumber, ActingUser by, CaseScope scope) {
        Application application = store.find(key(caseNumber)).orElseThrow(() -> new NotFound("application", caseNumber));
        ApplicationAccess.requireVisible(by.userId(), by.role(), application);
        Set<String> departments = store.departmentsOf(application.caseNumber());
        scope.require(application, departments);
        return new Seen(application, scope.unmasked(application, departments));
    }

    /** The trail of a case the caller's scope reaches, and whether they see the applicant's personal data. */
    public History history(String caseNumber, ActingUser by, CaseScope scope) {
        Seen seen = find(caseNumber, by, scope);
        return new History(seen, auditTrail.of(seen.application().caseNumber().value()));
    }

    /** The caller's cases only: the scope is a condition of the query. */
    public PageResult<Seen> list(String centreCode, ApplicationStatus status, DeliveryWarning deliveryWarning,
                                 PageQuery page, CaseScope scope) {
        PageResult<Application> found = store.list(scope, centreCode, status, deliveryFilter(deliveryWarning), page);
        Map<String, Set<String>> departments = store.departmentsOf(
                found.items().stream().map(a -> a.caseNumber().value()).toList());
        return found.map(a -> new Seen(a, scope.unmasked(a, departments.getOrDefault(a.caseNumber().value(), Set.of()))));
    }

    /** Whether this caller sees the applicant's personal data in {@code application}. */
    private Seen seen(Application application, CaseScope scope) {
        return new Seen(application, scope.unmasked(application, store.departmentsOf(application.caseNumber())));
    }

    /** The locked case, if the caller's scope reaches it (else 404, and the command's transaction writes nothing). */
    private Application inScope(CaseScope scope, Application application) {
        return scope.require(application, store.departmentsOf(application.caseNumber()));
    }

    // --- consumed events (each inside the inbox transaction, through the same path) ---

    /** Also keeps the departments with a task in the case: they scope reviewers', supervisors' and systems' reads. */
    public void reviewOpened(String caseNumber, LocalDate promised, LocalDate statutory, List<DepartmentCode> departments) {
        onEvent(caseNumber, "review-opened", "review", a -> {
            a.reviewOpened(promised, statutory, departments, now());
            store.recordDepartments(a.caseNumber(), departments.stream().map(DepartmentCode::value).toList());
        });
    }

    public void taskCompleted(String caseNumber, DepartmentCode department, String opinion) {
        onEvent(caseNumber, "task-completed", "review", a -> a.taskCompleted(department, opinion, now()));
    }

    public void supplementRequested(String eventId, String caseNumber, SupplementRequest request) {
        onEvent(caseNumber, "supplement-requested", "review", a -> {
            a.supplementRequested(request, now());
            tell(a, eventId + ":" + MessageKind.SUPPLEMENT_REQUESTED, ApplicantMessages.supplementRequested(caseOf(a),
                    request.materials().stream().map(m -> m.name() == null ? m.code() : m.name()).toList()));
        });
    }

    /**
     * @param reasons         a rejection's reasons (told to the applicant)
     * @param licenceIssueDue Art. 44's due date of the licence, null in decisions written before it travelled
     */
    public void decisionMade(String eventId, String caseNumber, Decision decision, List<String> reasons,
                             LocalDate licenceIssueDue, Boolean licenceIssueDueProvisional) {
        onEvent(caseNumber, "decision-made", "review", a -> {
            a.decided(decision, now());
            a.licenceIssueDue(licenceIssueDue, licenceIssueDueProvisional);
            ApplicantMessages.Case c = caseOf(a);
            tell(a, eventId + ":" + MessageKind.DECIDED, ApplicantMessages.decided(c,
                    decision.outcome() == Outcome.APPROVED, decision.licenceNumber(), decision.validUntil(), reasons));
            tell(a, eventId + ":" + MessageKind.RESULT_READY, ApplicantMessages.resultReady(c,
                    a.deliveryPreference().method().name(), a.licenceIssueDueBy(), a.licenceIssueDueProvisional()));
        });
    }

    /** 延期 (Art. 42): the new statutory deadline, and the applicant told the reason. */
    public void deadlineExtended(String eventId, String caseNumber, LocalDate promised, LocalDate statutory,
                                 boolean provisional, DeadlineChange change, boolean governmentHead) {
        onEvent(caseNumber, "deadline-extended", "review", a -> {
            a.deadlineExtended(promised, statutory, provisional, change, now());
            tell(a, eventId + ":" + MessageKind.DEADLINE_EXTENDED, ApplicantMessages.deadlineExtended(caseOf(a),
                    change.reason(), change.workingDays(), a.statutoryDeadline(), a.deadlinesProvisional(),
                    governmentHead, change.legalBasis()));
        });
    }

    /** 特别程序 (Art. 45): the applicant told the kind, the reason and the expected time, in writing. */
    public void procedurePaused(String eventId, String caseNumber, DeadlineChange change) {
        onEvent(caseNumber, "procedure-paused", "review", a -> {
            a.procedurePaused(change, now());
            tell(a, eventId + ":" + MessageKind.PROCEDURE_PAUSED, ApplicantMessages.procedurePaused(caseOf(a),
                    change.pauseKind(), change.reason(), change.expectedWorkingDays(), change.pausedOn(),
                    change.legalBasis()));
        });
    }

    /** The clock runs again; a supplement's resumption is told by the supplement itself, not again here. */
    public void procedureResumed(String eventId, String caseNumber, LocalDate promised, LocalDate statutory,
                                 boolean provisional, DeadlineChange change) {
        onEvent(caseNumber, "procedure-resumed", "review", a -> {
            a.procedureResumed(promised, statutory, provisional, change, now());
            if (!"SUPPLEMENT".equals(change.pauseKind())) {
                tell(a, eventId + ":" + MessageKind.PROCEDURE_RESUMED, ApplicantMessages.procedureResumed(caseOf(a),
                        change.pauseKind(), a.statutoryDeadline(), a.deadlinesProvisional(), change.legalBasis()));
            }
        });
    }

    /**
     * A published calendar year moved the case's deadlines: the applicant is told the old and the new dates and why,
     * once per event, and only when something they see changed (a date, or a provisional date becoming final).
     */
    public void deadlinesRecomputed(String eventId, String caseNumber, int calendarYear, LocalDate promised,
                                    LocalDate statutory, boolean provisional, LocalDate licenceIssueDue) {
        onEvent(caseNumber, "deadlines-recomputed", "review", a -> {
            ShownDeadlines before = a.shownDeadlines();
            a.deadlinesRecomputed(calendarYear, promised, statutory, provisional, licenceIssueDue, now());
            ShownDeadlines after = a.shownDeadlines();
            if (!after.equals(before)) {
                tell(a, eventId + ":" + MessageKind.DEADLINES_RECOMPUTED, ApplicantMessages.deadlinesRecomputed(caseOf(a),
                        calendarYear, shown(before), shown(after)));
            }
        });
    }

    private static ApplicantMessages.Deadlines shown(ShownDeadlines d) {
        return new ApplicantMessages.Deadlines(d.promised(), d.statutory(), d.provisional(), d.licenceIssueDueBy(),
                d.licenceIssueDueProvisional());
    }

    /** 差评整改办结: the applicant told how their bad rating ended (rating.RectificationProgressed, CLOSED). */
    public void rectificationClosed(String eventId, String caseNumber, String outcome) {
        onEvent(caseNumber, "rectification-closed", "rating", a -> {
            a.rectificationClosed(outcome, now());
            tell(a, eventId + ":" + MessageKind.RECTIFICATION_OUTCOME,
                    ApplicantMessages.rectificationOutcome(caseOf(a), outcome));
        });
    }

    /**
     * The electronic licence became a document of the case (review.LicenceIssued): the applicant (and agent) are
     * told 电子证照已签发, once per licence document. Called in the inbox transaction that registered it.
     */
    public void licenceIssued(CaseNumber caseNumber, String licenceNumber, java.util.UUID documentId) {
        store.find(caseNumber).ifPresent(a -> tell(a, caseNumber.value() + ":" + MessageKind.LICENCE_ISSUED + ":"
                + documentId, ApplicantMessages.licenceIssued(caseOf(a), licenceNumber)));
    }

    public void licenceActionTaken(String caseNumber, LicenceAction action) {
        onEvent(caseNumber, "licence-action-taken", "supervision", a -> a.licenceActionTaken(action, now()));
    }

    /** A one-time notice, when the command left the application waiting for materials. */
    private void tellNotice(Application a, long version) {
        if (a.status() == ApplicationStatus.NOTICE_ISSUED) {
            tell(a, a.caseNumber().value() + ":" + MessageKind.NOTICE_ISSUED + ":" + version,
                    ApplicantMessages.noticeIssued(caseOf(a), a.notice().stream().map(m -> m.name()).toList(),
                            a.noticeDueOn()));
        }
    }

    /** Inside the command's transaction: the message is stored with the change that caused it, or not at all. */
    private void tell(Application a, String messageId, ApplicantMessage message) {
        messages.tell(messageId, new Recipient(a.caseNumber().value(), a.applicant().userId(),
                a.agent() == null ? null : a.agent().userId(), a.applicant().phone()), message);
    }

    private static ApplicantMessages.Case caseOf(Application a) {
        return new ApplicantMessages.Case(a.caseNumber().value(), a.item().name());
    }

    private void onEvent(String caseNumber, String name, String source,
                         Consumer<Application> change) {
        CaseNumber key = parse(caseNumber);
        boolean applied = key != null
                && applications.onEvent(key, Command.of(name, ActingUser.system(source).auditActor()), change);
        if (!applied) {
            log.warn("event for unknown case {} ignored", caseNumber);
        }
    }

    /**
     * A command with the client's optional If-Match. The version is read only after the caller is known to see
     * the case, so a stale ETag never tells a stranger that the case exists (the path checks If-Match before its
     * access policy).
     */
    private Command<Application> command(String name, ActingUser by, CaseScope scope, String ifMatch) {
        return Command.<Application>of(name, by.auditActor()).ifMatch(ifMatch, IfMatch.WHEN_GIVEN).versionOf(a -> {
            ApplicationAccess.requireVisible(by.userId(), by.role(), a);
            inScope(scope, a);
            return a.version();
        });
    }

    /** A case number from a URL: one that cannot be a case number is an unknown case (404), never a 500. */
    private static CaseNumber key(String caseNumber) {
        CaseNumber key = parse(caseNumber);
        if (key == null) {
            throw new NotFound("application", String.valueOf(caseNumber));
        }
        return key;
    }

    private static CaseNumber parse(String caseNumber) {
        try {
            return CaseNumber.of(caseNumber);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Online applicants are their own account; window and agent submissions may name one, else a walk-in account. */
    private static String applicantUserId(Submission submission, ActingUser by, CaseNumber caseNumber) {
        if (by.is(Roles.APPLICANT)) {
            return by.userId();
        }
        return submission.applicantUserId() == null || submission.applicantUserId().isBlank()
                ? "walk-in:" + caseNumber.value() : submission.applicantUserId();
    }

    private LocalDate noticeDueOn(LocalDate today) {
        WorkingDays workingDays = calendar.workingDays();
        return workingDays.calendar().covers(today) ? workingDays.deadline(today, noticeWorkingDays)
                : today.plusDays(noticeWorkingDays * 7L / 5);
    }

    /** Now in China's zone (the platform clock's zone), as audit lines and events show it. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime();
    }

    private LocalDate today() {
        return now().toLocalDate();
    }
}
