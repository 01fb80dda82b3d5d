package org.onewindow.intake.applications;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.catalog.Channel;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.ApplicationNotAccepted;
import org.onewindow.contracts.intake.ApplicationNotAccepted.Reason;
import org.onewindow.contracts.intake.OneTimeNoticeIssued;
import org.onewindow.contracts.intake.OneTimeNoticeIssued.MissingMaterial;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.contracts.intake.ResultDelivered.DeliveryMethod;
import org.onewindow.contracts.intake.SupplementReceived;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.contracts.review.TaskCompleted;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.intake.catalog.ItemVersion;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;

/**
 * One application (申请 / 办件) from submission to delivery. Every transition is guarded (its message names the
 * current status), appends to the audit trail and registers the event other services need; the service
 * stores state, audit lines and events in one transaction.
 */
public final class Application {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final String caseNumber;
    private final ItemVersion item;
    private final String centreCode;
    private final Channel channel;
    private final Applicant applicant;
    private final Agent agent;
    private final DeliveryPreference deliveryPreference;
    private final Map<String, SubmittedMaterial> materials;
    private final OffsetDateTime submittedAt;
    private final String queryCodeHash;
    private ApplicationStatus status;
    private OffsetDateTime acceptedAt;
    private boolean deemed;
    private List<String> deferred;
    private List<MissingMaterial> notice;
    private LocalDate noticeDueOn;
    private List<Reason> refusalReasons;
    private OffsetDateTime refusedAt;
    private SupplementRequest supplementRequest;
    private LocalDate promisedDeadline;
    private LocalDate statutoryDeadline;
    private Decision decision;
    private LicenceStatus licenceStatus;
    private Delivery delivery;
    private final long version;

    private final List<DomainEvent> events = new ArrayList<>();
    private final List<AuditEntry> newAudit = new ArrayList<>();

    /** Restores a stored application; used by the repository. */
    @SuppressWarnings("java:S107") // the whole state of the aggregate, restored in one go
    Application(String caseNumber, ItemVersion item, String centreCode, Channel channel, Applicant applicant, Agent agent,
                DeliveryPreference deliveryPreference, Map<String, SubmittedMaterial> materials, OffsetDateTime submittedAt,
                String queryCodeHash, ApplicationStatus status, OffsetDateTime acceptedAt, boolean deemed, List<String> deferred,
                List<MissingMaterial> notice, LocalDate noticeDueOn, List<Reason> refusalReasons, OffsetDateTime refusedAt,
                SupplementRequest supplementRequest, LocalDate promisedDeadline, LocalDate statutoryDeadline,
                Decision decision, LicenceStatus licenceStatus, Delivery delivery, long version) {
        this.caseNumber = caseNumber;
        this.item = item;
        this.centreCode = centreCode;
        this.channel = channel;
        this.applicant = applicant;
        this.agent = agent;
        this.deliveryPreference = deliveryPreference;
        this.materials = new LinkedHashMap<>(materials);
        this.submittedAt = submittedAt;
        this.queryCodeHash = queryCodeHash;
        this.status = status;
        this.acceptedAt = acceptedAt;
        this.deemed = deemed;
        this.deferred = List.copyOf(deferred);
        this.notice = List.copyOf(notice);
        this.noticeDueOn = noticeDueOn;
        this.refusalReasons = List.copyOf(refusalReasons);
        this.refusedAt = refusedAt;
        this.supplementRequest = supplementRequest;
        this.promisedDeadline = promisedDeadline;
        this.statutoryDeadline = statutoryDeadline;
        this.decision = decision;
        this.licenceStatus = licenceStatus;
        this.delivery = delivery;
        this.version = version;
    }

    /**
     * Registers a checked submission and decides at once: complete (deferrable materials aside) is accepted (受理,
     * 容缺受理 when materials are owed), otherwise one notice lists everything missing or defective (一次性告知).
     * The case number is assigned in both cases.
     */
    public static Application submit(String caseNumber, Intake intake, Applicant applicant, Agent agent, String queryCodeHash,
                                     ActingUser by, OffsetDateTime now, LocalDate noticeDueOn) {
        Map<String, SubmittedMaterial> handedIn = new LinkedHashMap<>();
        intake.submission().materials().forEach(m -> handedIn.put(m.code(), m));
        DeliveryPreference delivery = intake.submission().delivery() == null
                ? new DeliveryPreference(DeliveryMethod.WINDOW_PICKUP, null) : intake.submission().delivery();
        Application application = new Application(caseNumber, intake.item(), intake.centreCode(), intake.channel(), applicant,
                agent, delivery, handedIn, now, queryCodeHash, null, null, false, List.of(), List.of(), null, List.of(), null,
                null, null, null, null, null, null, 0);
        application.audit(now, "SUBMITTED", by, "submitted through " + intake.channel() + " at " + intake.centreCode());
        application.decideOnMaterials(by, now, noticeDueOn);
        return application;
    }

    /**
     * 补正 / 补齐: materials handed in after a notice (re-checked: accepted, or a new notice with what is still
     * missing), after a review department's request (the clock resumes), or owed under 容缺受理.
     */
    public void supplement(List<SubmittedMaterial> supplied, ActingUser by, OffsetDateTime now, LocalDate noticeDueOn) {
        if (supplied.isEmpty()) {
            throw new RuleViolation("materials", "intake.materials-required", "supply at least one material");
        }
        switch (status) {
            case NOTICE_ISSUED -> {
                supplied.forEach(m -> materials.put(m.code(), m));
                audit(now, "MATERIALS_SUPPLIED", by, "supplied " + codes(supplied) + " after the one-time notice");
                decideOnMaterials(by, now, noticeDueOn);
            }
            case SUPPLEMENT_REQUESTED -> {
                supplied.forEach(m -> materials.put(m.code(), m));
                List<SupplementReceived.SuppliedMaterial> answered = supplied.stream()
                        .map(m -> new SupplementReceived.SuppliedMaterial(m.code(), nameOf(m.code()))).toList();
                events.add(new SupplementReceived(caseNumber, supplementRequest.requestId(), answered, by.userId(), now));
                audit(now, "SUPPLEMENT_RECEIVED", by, "supplied " + codes(supplied) + " for request " + supplementRequest.requestId());
                supplementRequest = null;
                status = ApplicationStatus.IN_REVIEW;
            }
            case ACCEPTED, IN_REVIEW -> {
                Set<String> owed = Set.copyOf(deferred);
                List<SubmittedMaterial> useful = supplied.stream().filter(m -> owed.contains(m.code()) && m.usable()).toList();
                if (useful.isEmpty()) {
                    throw new StateConflict("intake.nothing-owed", "application " + caseNumber + " is " + status
                            + " and owes none of the supplied materials; owed: " + deferred);
                }
                useful.forEach(m -> materials.put(m.code(), m));
                Set<String> justSupplied = Set.copyOf(codes(useful));
                deferred = deferred.stream().filter(code -> !justSupplied.contains(code)).toList();
                audit(now, "DEFERRED_MATERIALS_SUPPLIED", by, "supplied " + codes(useful) + " owed under 容缺受理");
            }
            default -> throw new StateConflict("intake.supplement-not-expected", "application " + caseNumber + " is " + status
                    + "; materials are taken only after a notice, a review request or for materials owed (NOTICE_ISSUED, "
                    + "SUPPLEMENT_REQUESTED, ACCEPTED, IN_REVIEW)");
        }
    }

    /** 不予受理 by the front desk, with the reasons for the dated refusal. */
    public void refuse(List<Reason> reasons, ActingUser by, OffsetDateTime now) {
        if (reasons.isEmpty()) {
            throw new RuleViolation("reasons", "intake.refusal-reasons-required", "a refusal states at least one reason");
        }
        if (status != ApplicationStatus.NOTICE_ISSUED) {
            throw new StateConflict("intake.refusal-not-possible", "application " + caseNumber + " is " + status
                    + "; only an application waiting on its notice (NOTICE_ISSUED) can be refused");
        }
        status = ApplicationStatus.NOT_ACCEPTED;
        refusalReasons = List.copyOf(reasons);
        refusedAt = now;
        events.add(new ApplicationNotAccepted(caseNumber, item.itemCode(), refusalReasons, by.userId(), now));
        audit(now, "NOT_ACCEPTED", by, "refused: " + reasons.stream().map(Reason::rule).toList());
    }

    public void reviewOpened(ReviewCaseOpened opened, OffsetDateTime now) {
        promisedDeadline = opened.promisedDeadline();
        statutoryDeadline = opened.statutoryDeadline();
        if (status == ApplicationStatus.ACCEPTED) {
            status = ApplicationStatus.IN_REVIEW;
        }
        audit(now, "REVIEW_OPENED", ActingUser.system("review"), "review opened with departments "
                + opened.tasks().stream().map(ReviewCaseOpened.Task::department).toList());
    }

    public void taskCompleted(TaskCompleted task, OffsetDateTime now) {
        audit(now, "TASK_COMPLETED", ActingUser.system("review"), task.department() + " completed its task: " + task.opinion());
    }

    public void supplementRequested(SupplementRequested request, OffsetDateTime now) {
        if (status != ApplicationStatus.IN_REVIEW && status != ApplicationStatus.ACCEPTED) {
            throw new StateConflict("intake.supplement-request-unexpected", "application " + caseNumber + " is " + status
                    + "; review can ask for materials only while it reviews (ACCEPTED, IN_REVIEW)");
        }
        supplementRequest = new SupplementRequest(request.requestId(), request.materials(), request.requestedAt());
        status = ApplicationStatus.SUPPLEMENT_REQUESTED;
        audit(now, "SUPPLEMENT_REQUESTED", ActingUser.system("review"), "review asked for "
                + request.materials().stream().map(SupplementRequested.RequestedMaterial::code).toList());
    }

    /** 审批决定: stored as received; the result now waits at the single window. */
    public void decided(DecisionMade made, OffsetDateTime now) {
        if (status == ApplicationStatus.DECIDED || status == ApplicationStatus.DELIVERED
                || status == ApplicationStatus.NOT_ACCEPTED || status == ApplicationStatus.NOTICE_ISSUED) {
            throw new StateConflict("intake.decision-unexpected", "application " + caseNumber + " is " + status
                    + "; a decision is taken only for an accepted application under review");
        }
        decision = new Decision(made.outcome(), made.licenceNumber(), made.validUntil(), made.decidedAt());
        licenceStatus = made.licenceNumber() == null ? null : LicenceStatus.VALID;
        supplementRequest = null;
        status = ApplicationStatus.DECIDED;
        audit(now, "DECIDED", ActingUser.system("review"), "decision " + made.outcome()
                + (made.licenceNumber() == null ? "" : ", licence " + made.licenceNumber()) + "; pending delivery");
    }

    /** Invariant 5: a suspended or revoked licence shows as such here too. */
    public void licenceActionTaken(LicenceActionTaken action, OffsetDateTime now) {
        switch (action.action()) {
            case SUSPEND -> licenceStatus = LicenceStatus.SUSPENDED;
            case REVOKE -> licenceStatus = LicenceStatus.REVOKED;
            case RECTIFY -> { /* the licence stays valid; recorded in the trail only */ }
        }
        audit(now, "LICENCE_" + action.action(), ActingUser.system("supervision"), "supervision: " + action.action());
    }

    /**
     * 统一窗口出件: hands out exactly the stored decision (invariant 3); outcome and licence never come from the
     * request.
     */
    public void deliver(DeliveryMethod requested, String trackingNumber, ActingUser by, OffsetDateTime now) {
        if (status != ApplicationStatus.DECIDED) {
            throw new StateConflict("intake.not-decided", "application " + caseNumber + " is " + status
                    + "; a result is delivered only once decided (DECIDED)");
        }
        DeliveryMethod method = requested == null ? deliveryPreference.method() : requested;
        if (method == DeliveryMethod.MAIL && (trackingNumber == null || trackingNumber.isBlank())) {
            throw new RuleViolation("trackingNumber", "intake.tracking-number-required", "a mailed result needs the postal tracking number");
        }
        if (method != DeliveryMethod.WINDOW_PICKUP && (deliveryPreference.address() == null || deliveryPreference.address().isBlank())) {
            throw new RuleViolation("method", "intake.delivery-address-missing", "the application has no address for " + method);
        }
        delivery = new Delivery(method, trackingNumber, now, by.userId());
        status = ApplicationStatus.DELIVERED;
        events.add(new ResultDelivered(caseNumber, item.itemCode(), item.name(), decision.outcome(), decision.licenceNumber(),
                method, now, centreCode, item.implementingDepartment(), applicant.userId(), agent == null ? null : agent.userId()));
        audit(now, "DELIVERED", by, "result " + decision.outcome() + " delivered by " + method);
    }

    public boolean ownedBy(String userId) {
        return userId.equals(applicant.userId()) || (agent != null && userId.equals(agent.userId()));
    }

    /** The latest receipt: acceptance, notice or refusal. */
    public Receipt receipt() {
        if (status == ApplicationStatus.NOTICE_ISSUED) {
            return new Receipt(Receipt.Kind.NOTICE, caseNumber, item.itemCode(), item.name(), submittedAt.atZoneSameInstant(CHINA).toLocalDate(),
                    null, null, List.of(), notice, noticeDueOn, List.of());
        }
        if (status == ApplicationStatus.NOT_ACCEPTED) {
            return new Receipt(Receipt.Kind.REFUSAL, caseNumber, item.itemCode(), item.name(), refusedAt.atZoneSameInstant(CHINA).toLocalDate(),
                    null, null, List.of(), List.of(), null, refusalReasons);
        }
        return new Receipt(Receipt.Kind.ACCEPTANCE, caseNumber, item.itemCode(), item.name(), acceptedOn(),
                item.promisedLimitDays(), item.statutoryLimitDays(), deferred, List.of(), null, List.of());
    }

    private void decideOnMaterials(ActingUser by, OffsetDateTime now, LocalDate noticeDueOn) {
        MaterialsCheck check = MaterialsCheck.of(item, materials);
        if (check.complete()) {
            accept(check.deferred(), by, now);
        } else {
            status = ApplicationStatus.NOTICE_ISSUED;
            notice = check.missing();
            this.noticeDueOn = noticeDueOn;
            events.add(new OneTimeNoticeIssued(caseNumber, item.itemCode(), notice, by.userId(), now, noticeDueOn));
            audit(now, "NOTICE_ISSUED", by, "one-time notice listing " + notice.stream().map(MissingMaterial::materialCode).toList());
        }
    }

    private void accept(List<String> owed, ActingUser by, OffsetDateTime now) {
        status = ApplicationStatus.ACCEPTED;
        acceptedAt = now;
        deferred = List.copyOf(owed);
        notice = List.of();
        noticeDueOn = null;
        // online submissions are accepted by the system; the clerk (or agent's centre) otherwise
        String acceptedBy = by.is(Roles.APPLICANT) ? ActingUser.SYSTEM : by.userId();
        events.add(new ApplicationAccepted(caseNumber, item.itemCode(), item.version(), item.name(), centreCode, channel,
                new ApplicationAccepted.Applicant(applicant.kind(), applicant.name(), applicant.maskedIdNumber(), applicant.userId()),
                agent == null ? null : new ApplicationAccepted.Agent(agent.userId(), agent.name(), agent.mandate().mandateId()),
                acceptedBy, now, acceptedOn(), deemed, deferred, item.immediate(), item.promisedLimitDays(),
                item.statutoryLimitDays(), item.route(), item.implementingDepartment(), item.supervisingDepartment()));
        audit(now, "ACCEPTED", by, deferred.isEmpty() ? "accepted" : "accepted with deficiency (容缺受理), owing " + deferred);
    }

    private String nameOf(String code) {
        return item.materials().stream().filter(m -> m.code().equals(code)).map(m -> m.name()).findFirst().orElse(code);
    }

    private static List<String> codes(List<SubmittedMaterial> supplied) {
        return supplied.stream().map(SubmittedMaterial::code).toList();
    }

    private void audit(OffsetDateTime at, String action, ActingUser by, String detail) {
        newAudit.add(AuditEntry.of(at, action, by, detail));
    }

    /** Events registered since load, in order; the service publishes them through the outbox. */
    public List<DomainEvent> events() {
        return List.copyOf(events);
    }

    public List<AuditEntry> newAuditEntries() {
        return List.copyOf(newAudit);
    }

    public LocalDate acceptedOn() {
        return acceptedAt == null ? null : acceptedAt.atZoneSameInstant(CHINA).toLocalDate();
    }

    public String caseNumber() { return caseNumber; }
    public ItemVersion item() { return item; }
    public String centreCode() { return centreCode; }
    public Channel channel() { return channel; }
    public Applicant applicant() { return applicant; }
    public Agent agent() { return agent; }
    public DeliveryPreference deliveryPreference() { return deliveryPreference; }
    public Map<String, SubmittedMaterial> materials() { return Map.copyOf(materials); }
    public List<SubmittedMaterial> materialList() { return List.copyOf(materials.values()); }
    public OffsetDateTime submittedAt() { return submittedAt; }
    public String queryCodeHash() { return queryCodeHash; }
    public ApplicationStatus status() { return status; }
    public OffsetDateTime acceptedAt() { return acceptedAt; }
    public boolean deemed() { return deemed; }
    public List<String> deferred() { return deferred; }
    public List<MissingMaterial> notice() { return notice; }
    public LocalDate noticeDueOn() { return noticeDueOn; }
    public List<Reason> refusalReasons() { return refusalReasons; }
    public OffsetDateTime refusedAt() { return refusedAt; }
    public SupplementRequest supplementRequest() { return supplementRequest; }
    public LocalDate promisedDeadline() { return promisedDeadline; }
    public LocalDate statutoryDeadline() { return statutoryDeadline; }
    public Decision decision() { return decision; }
    public LicenceStatus licenceStatus() { return licenceStatus; }
    public Delivery delivery() { return delivery; }
    public long version() { return version; }
}
