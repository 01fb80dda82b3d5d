package org.onewindow.intake.applications.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.onewindow.intake.catalog.domain.Channel;
import org.onewindow.intake.catalog.domain.ItemVersion;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.kernel.Aggregate;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.CentreCode;
import org.onewindow.platform.kernel.Changes;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;

/**
 * One application (申请 / 办件) from submission to delivery. Every transition is guarded (its message names the
 * current status) and records an audit line and, where other services need it, an {@link ApplicationEvent}; the
 * command path stores state, audit lines and events in one transaction.
 */
public final class Application implements Aggregate<ApplicationEvent> {

    // the whole stored state, set once by the Builder (submission or the store); commands change the second group
    private CaseNumber caseNumber;
    private ItemVersion item;
    private CentreCode centreCode;
    private Channel channel;
    private Applicant applicant;
    private Agent agent;
    private DeliveryPreference deliveryPreference;
    private final Map<String, SubmittedMaterial> materials = new LinkedHashMap<>();
    private OffsetDateTime submittedAt;
    private String queryCodeHash;

    private ApplicationStatus status;
    private OffsetDateTime acceptedAt;
    private boolean deemed;
    private List<String> deferred = List.of();
    private List<MissingMaterial> notice = List.of();
    private LocalDate noticeDueOn;
    private List<Reason> refusalReasons = List.of();
    private OffsetDateTime refusedAt;
    private SupplementRequest supplementRequest;
    private LocalDate promisedDeadline;
    private LocalDate statutoryDeadline;
    private Decision decision;
    private LicenceStatus licenceStatus;
    private Delivery delivery;
    private boolean deadlinesProvisional;
    private DeadlineChange deadlineChange;
    private LocalDate licenceIssueDueBy;
    private boolean licenceIssueDueProvisional;
    private DeliveryWarning deliveryWarningRaised;
    private long version;

    private final Changes<ApplicationEvent> changes = new Changes<>();

    private Application() {
    }

    /**
     * Restores a stored application (the persistence adapter), field by field so the reader names every one it sets;
     * unset lists are empty: {@code Application.restore().caseNumber(..).status(..)...build()}.
     */
    public static Builder restore() {
        return new Builder();
    }

    /**
     * Registers a checked submission and decides at once: complete (deferrable materials aside) is accepted (受理,
     * 容缺受理 when materials are owed), otherwise one notice lists everything missing or defective (一次性告知).
     * The case number is assigned in both cases.
     */
    public static Application submit(CaseNumber caseNumber, Intake intake, Applicant applicant, Agent agent,
                                     String queryCodeHash, ActingUser by, OffsetDateTime now, LocalDate noticeDueOn) {
        DeliveryPreference delivery = intake.submission().delivery() == null
                ? new DeliveryPreference(DeliveryMethod.WINDOW_PICKUP, null) : intake.submission().delivery();
        Application application = new Builder()
                .caseNumber(caseNumber).item(intake.item()).centreCode(CentreCode.of(intake.centreCode()))
                .channel(intake.channel()).applicant(applicant).agent(agent).deliveryPreference(delivery)
                .materials(intake.submission().materials()).submittedAt(now).queryCodeHash(queryCodeHash).build();
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
                List<ApplicationEvent.SupplementReceived.Supplied> answered = supplied.stream()
                        .map(m -> new ApplicationEvent.SupplementReceived.Supplied(m.code(), nameOf(m.code()))).toList();
                changes.registerEvent(new ApplicationEvent.SupplementReceived(caseNumber, supplementRequest.requestId(),
                        answered, by.userId(), now));
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
        changes.registerEvent(new ApplicationEvent.NotAccepted(caseNumber, item.itemCode(), refusalReasons, by.userId(), now,
                rater()));
        audit(now, "NOT_ACCEPTED", by, "refused: " + reasons.stream().map(Reason::rule).toList());
    }

    /** Review opened its case: the deadlines it computed, and the departments that review. */
    public void reviewOpened(LocalDate promised, LocalDate statutory, List<DepartmentCode> departments, OffsetDateTime now) {
        promisedDeadline = promised;
        statutoryDeadline = statutory;
        if (status == ApplicationStatus.ACCEPTED) {
            status = ApplicationStatus.IN_REVIEW;
        }
        audit(now, "REVIEW_OPENED", ActingUser.system("review"), "review opened with departments " + departments);
    }

    /** A review department finished its task: recorded in the trail only. */
    public void taskCompleted(DepartmentCode department, String opinion, OffsetDateTime now) {
        audit(now, "TASK_COMPLETED", ActingUser.system("review"), department + " completed its task: " + opinion);
    }

    /** 补正 request of a review department: the case waits for the applicant's materials. */
    public void supplementRequested(SupplementRequest request, OffsetDateTime now) {
        if (status != ApplicationStatus.IN_REVIEW && status != ApplicationStatus.ACCEPTED) {
            throw new StateConflict("intake.supplement-request-unexpected", "application " + caseNumber + " is " + status
                    + "; review can ask for materials only while it reviews (ACCEPTED, IN_REVIEW)");
        }
        supplementRequest = request;
        status = ApplicationStatus.SUPPLEMENT_REQUESTED;
        audit(now, "SUPPLEMENT_REQUESTED", ActingUser.system("review"), "review asked for "
                + request.materials().stream().map(RequestedMaterial::code).toList());
    }

    /** 审批决定: stored as received; the result now waits at the single window. */
    public void decided(Decision made, OffsetDateTime now) {
        if (status == ApplicationStatus.DECIDED || status == ApplicationStatus.DELIVERED
                || status == ApplicationStatus.NOT_ACCEPTED || status == ApplicationStatus.NOTICE_ISSUED) {
            throw new StateConflict("intake.decision-unexpected", "application " + caseNumber + " is " + status
                    + "; a decision is taken only for an accepted application under review");
        }
        decision = made;
        licenceStatus = made.licenceNumber() == null ? null : LicenceStatus.VALID;
        supplementRequest = null;
        status = ApplicationStatus.DECIDED;
        audit(now, "DECIDED", ActingUser.system("review"), "decision " + made.outcome()
                + (made.licenceNumber() == null ? "" : ", licence " + made.licenceNumber()) + "; pending delivery");
    }

    /** Art. 44: the day the licence must be issued by (10 working days after the decision); null fields keep what was shown. */
    public void licenceIssueDue(LocalDate dueBy, Boolean provisional) {
        if (dueBy != null) {
            licenceIssueDueBy = dueBy;
            licenceIssueDueProvisional = Boolean.TRUE.equals(provisional);
        }
    }

    /**
     * 延期 (Art. 42): the statutory deadline moved. Tolerant of older or partial events: an absent deadline keeps the
     * one shown, and the change is applied in any status (never a conflict that would dead-letter the event).
     */
    public void deadlineExtended(LocalDate promised, LocalDate statutory, boolean provisional, DeadlineChange change,
                                 OffsetDateTime now) {
        moveDeadlines(promised, statutory, provisional);
        deadlineChange = change;
        audit(now, "DEADLINE_EXTENDED", ActingUser.system("review"), "statutory deadline extended"
                + (change.workingDays() == null ? "" : " by " + change.workingDays() + " working days")
                + (statutoryDeadline == null ? "" : " to " + statutoryDeadline) + provisionalNote()
                + basisNote(change.legalBasis()));
    }

    /** A special procedure of Art. 45 stopped the clock: the deadlines stand still until it resumes. */
    public void procedurePaused(DeadlineChange change, OffsetDateTime now) {
        deadlineChange = change;
        audit(now, "PROCEDURE_PAUSED", ActingUser.system("review"), "clock paused for " + change.pauseKind()
                + (change.expectedWorkingDays() == null ? "" : ", expected " + change.expectedWorkingDays() + " working days")
                + basisNote(change.legalBasis()));
    }

    public void procedureResumed(LocalDate promised, LocalDate statutory, boolean provisional, DeadlineChange change,
                                 OffsetDateTime now) {
        moveDeadlines(promised, statutory, provisional);
        deadlineChange = change;
        audit(now, "PROCEDURE_RESUMED", ActingUser.system("review"), "clock runs again after " + change.pauseKind()
                + (change.workingDays() == null ? "" : ", " + change.workingDays() + " working days not counted")
                + (statutoryDeadline == null ? "" : "; statutory deadline " + statutoryDeadline) + provisionalNote());
    }

    /** A calendar year was published: review's deadlines now in force replace those shown. */
    public void deadlinesRecomputed(int calendarYear, LocalDate promised, LocalDate statutory, boolean provisional,
                                    LocalDate licenceDueBy, OffsetDateTime now) {
        moveDeadlines(promised, statutory, provisional);
        if (licenceDueBy != null) {
            licenceIssueDueBy = licenceDueBy;
            licenceIssueDueProvisional = provisional;
        }
        audit(now, "DEADLINES_RECOMPUTED", ActingUser.system("review"), "deadlines recomputed on the " + calendarYear
                + " calendar: promised " + promisedDeadline + ", statutory " + statutoryDeadline + provisionalNote());
    }

    private void moveDeadlines(LocalDate promised, LocalDate statutory, boolean provisional) {
        if (promised != null) {
            promisedDeadline = promised;
        }
        if (statutory != null) {
            statutoryDeadline = statutory;
        }
        deadlinesProvisional = provisional;
    }

    private String provisionalNote() {
        return deadlinesProvisional ? " (provisional: a year's calendar is not published yet)" : "";
    }

    private static String basisNote(String legalBasis) {
        return legalBasis == null || legalBasis.isBlank() ? "" : "; " + legalBasis;
    }

    /** rating closed the rectification of a bad rating on this case: recorded in the trail (the applicant is told). */
    public void rectificationClosed(String outcome, OffsetDateTime now) {
        audit(now, "RECTIFICATION_CLOSED", ActingUser.system("rating"), "rectification of a bad rating closed: " + outcome);
    }

    /** Invariant 5: a suspended or revoked licence shows as such here too. */
    public void licenceActionTaken(LicenceAction action, OffsetDateTime now) {
        switch (action) {
            case SUSPEND -> licenceStatus = LicenceStatus.SUSPENDED;
            case REVOKE -> licenceStatus = LicenceStatus.REVOKED;
            case RECTIFY -> { /* the licence stays valid; recorded in the trail only */ }
        }
        audit(now, "LICENCE_" + action, ActingUser.system("supervision"), "supervision: " + action);
    }

    /**
     * 统一窗口出件: hands out exactly the stored decision (invariant 3); outcome and licence never come from the
     * request. What a method records is required: who collected it at the window, the EMS tracking number (format
     * checked), the electronic licence (an approval's licence number). Delivered after Art. 44's due date is late.
     */
    public void deliver(DeliveryRequest request, ActingUser by, OffsetDateTime now) {
        deliver(request, null, by, now);
    }

    /**
     * 出件 by method.
     *
     * @param licenceDocument the electronic licence's document when review issued it before the delivery; null
     *                        otherwise (the event then has no document reference)
     */
    public void deliver(DeliveryRequest request, LicenceDocument licenceDocument, ActingUser by, OffsetDateTime now) {
        if (status != ApplicationStatus.DECIDED) {
            throw new StateConflict("intake.not-decided", "application " + caseNumber + " is " + status
                    + "; a result is delivered only once decided (DECIDED)");
        }
        DeliveryMethod method = request.method() == null ? deliveryPreference.method() : request.method();
        String trackingNumber = null;
        String collectedBy = null;
        String licenceNumber = null;
        switch (method) {
            case WINDOW_PICKUP -> {
                if (blank(request.collectedBy())) {
                    throw new RuleViolation("collectedBy", "intake.collected-by-required",
                            "a result collected at the window (WINDOW_PICKUP) records who collected it");
                }
                collectedBy = request.collectedBy().strip();
            }
            case MAIL -> {
                if (blank(request.trackingNumber())) {
                    throw new RuleViolation("trackingNumber", "intake.tracking-number-required",
                            "a mailed result (MAIL, EMS) needs the postal tracking number");
                }
                if (!TrackingNumbers.valid(request.trackingNumber())) {
                    throw new RuleViolation("trackingNumber", "intake.tracking-number-format", "an EMS tracking number is "
                            + "two letters, nine digits (the last a UPU S10 check digit) and two letters, e.g. EA123456785CN, "
                            + "or 13 digits");
                }
                requireAddress(method);
                trackingNumber = TrackingNumbers.normalise(request.trackingNumber());
            }
            case DOOR_DELIVERY -> requireAddress(method);
            case ELECTRONIC -> {
                if (decision.licenceNumber() == null) {
                    throw new RuleViolation("method", "intake.electronic-licence-missing", "an electronic licence "
                            + "(ELECTRONIC) is delivered only for an approval with a licence number; this decision is "
                            + decision.outcome());
                }
                if (!blank(request.licenceNumber()) && !decision.licenceNumber().equals(request.licenceNumber().strip())) {
                    throw new RuleViolation("licenceNumber", "intake.licence-number-mismatch",
                            "the electronic licence delivered must be the decision's licence " + decision.licenceNumber());
                }
                licenceNumber = decision.licenceNumber();
            }
        }
        boolean late = licenceIssueDueBy != null && dayOf(now).isAfter(licenceIssueDueBy);
        delivery = new Delivery(method, trackingNumber, collectedBy, licenceNumber, late, now, by.userId());
        status = ApplicationStatus.DELIVERED;
        changes.registerEvent(new ApplicationEvent.ResultDelivered(caseNumber, item, decision, method, now, centreCode,
                applicant.userId(), agent == null ? null : agent.userId(), delivery.reference(), late, licenceIssueDueBy,
                decision.licenceNumber() == null ? null : licenceDocument));
        audit(now, "DELIVERED", by, "result " + decision.outcome() + " delivered by " + method
                + (delivery.reference() == null ? "" : " (" + delivery.reference() + ")")
                + (late ? ", late: the licence was due by " + licenceIssueDueBy : ""));
    }

    private void requireAddress(DeliveryMethod method) {
        if (deliveryPreference.address() == null || deliveryPreference.address().isBlank()) {
            throw new RuleViolation("method", "intake.delivery-address-missing", "the application has no address for " + method);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * 电子监察 of delivery: raises {@code level} if it is above what was raised for this case (each level once; a case
     * found RED first never raises YELLOW). Nothing for a case no longer waiting for delivery.
     *
     * @return whether a warning was raised
     */
    public boolean raiseDeliveryWarning(DeliveryWarning level, int workingDaysLeft, LocalDate today, OffsetDateTime now) {
        if (status != ApplicationStatus.DECIDED || licenceIssueDueBy == null || !level.above(deliveryWarningRaised)) {
            return false;
        }
        deliveryWarningRaised = level;
        changes.registerEvent(new ApplicationEvent.DeliveryWarningRaised(caseNumber, item, level, licenceIssueDueBy,
                licenceIssueDueProvisional, workingDaysLeft, today, centreCode,
                decision == null ? null : decision.licenceNumber(), now));
        audit(now, "DELIVERY_WARNING_" + level, ActingUser.system("intake"), "result not delivered; the licence is due by "
                + licenceIssueDueBy + (licenceIssueDueProvisional ? " (provisional)" : "") + ", " + workingDaysLeft
                + " working days left");
        return true;
    }

    /** The deadlines as the applicant sees them, to tell whether a recomputation changed anything they were told. */
    public ShownDeadlines shownDeadlines() {
        return new ShownDeadlines(promisedDeadline, statutoryDeadline, deadlinesProvisional, licenceIssueDueBy,
                licenceIssueDueProvisional);
    }

    /** The applicant or the agent who applied for them. */
    public boolean ownedBy(String userId) {
        return userId.equals(applicant.userId()) || (agent != null && userId.equals(agent.userId()));
    }

    /**
     * Who acts on this application: the agent who filed it acts for the applicant (代办) while their recorded
     * mandate (委托书) is in force, and the trail says so; anyone else acts for themselves.
     *
     * @throws NotPermitted ({@code intake.on-behalf-not-allowed}) when the agent's mandate expired before {@code today}
     */
    public ActingUser actingFor(ActingUser by, LocalDate today) {
        if (agent == null || !by.userId().equals(agent.userId())) {
            return by;
        }
        if (agent.mandate() == null || agent.mandate().validUntil() == null
                || agent.mandate().validUntil().isBefore(today)) {
            throw new NotPermitted("intake.on-behalf-not-allowed", by.userId() + " may no longer act for the applicant "
                    + "of " + caseNumber + ": the mandate (委托书) "
                    + (agent.mandate() == null ? "is missing" : agent.mandate().mandateId() + " expired on "
                    + agent.mandate().validUntil()));
        }
        return by.forWhom(applicant.name());
    }

    /** The latest receipt: acceptance, notice or refusal. */
    public Receipt receipt() {
        if (status == ApplicationStatus.NOTICE_ISSUED) {
            return new Receipt(Receipt.Kind.NOTICE, caseNumber.value(), item.itemCode(), item.name(), dayOf(submittedAt),
                    null, null, List.of(), notice, noticeDueOn, List.of());
        }
        if (status == ApplicationStatus.NOT_ACCEPTED) {
            return new Receipt(Receipt.Kind.REFUSAL, caseNumber.value(), item.itemCode(), item.name(), dayOf(refusedAt),
                    null, null, List.of(), List.of(), null, refusalReasons);
        }
        return new Receipt(Receipt.Kind.ACCEPTANCE, caseNumber.value(), item.itemCode(), item.name(), acceptedOn(),
                item.promisedLimitDays(), item.statutoryLimitDays(), deferred, List.of(), null, List.of());
    }

    /** Who may rate this refusal or notice (rating-service reads it from the event). */
    private ApplicationEvent.Rater rater() {
        return new ApplicationEvent.Rater(centreCode == null ? null : centreCode.value(), item.implementingDepartment(),
                applicant == null ? null : applicant.userId(), agent == null ? null : agent.userId());
    }

    private void decideOnMaterials(ActingUser by, OffsetDateTime now, LocalDate noticeDueOn) {
        MaterialsCheck check = MaterialsCheck.of(item, materials);
        if (check.complete()) {
            accept(check.deferred(), by, now);
        } else {
            status = ApplicationStatus.NOTICE_ISSUED;
            notice = check.missing();
            this.noticeDueOn = noticeDueOn;
            changes.registerEvent(new ApplicationEvent.NoticeIssued(caseNumber, item.itemCode(), notice, by.userId(), now,
                    noticeDueOn, rater()));
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
        changes.registerEvent(new ApplicationEvent.Accepted(caseNumber, item, centreCode, channel, applicant, agent,
                acceptedBy, now, acceptedOn(), deemed, deferred));
        audit(now, "ACCEPTED", by, deferred.isEmpty() ? "accepted" : "accepted with deficiency (容缺受理), owing " + deferred);
    }

    private String nameOf(String code) {
        return item.materials().stream().filter(m -> m.code().equals(code)).map(m -> m.name()).findFirst().orElse(code);
    }

    private static List<String> codes(List<SubmittedMaterial> supplied) {
        return supplied.stream().map(SubmittedMaterial::code).toList();
    }

    /** Audit details name statuses, material codes and rules, never the applicant: the public tracking page shows them. */
    private void audit(OffsetDateTime at, String action, ActingUser by, String detail) {
        changes.audit(AuditEntry.of(at.toInstant(), action, by.auditActor(), detail));
    }

    private static LocalDate dayOf(OffsetDateTime at) {
        return at.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
    }

    @Override
    public Changes<ApplicationEvent> changes() {
        return changes;
    }

    @Override
    public long version() {
        return version;
    }

    /** Called by the store once it saved this application under {@code stored}. */
    public void savedAs(long stored) {
        this.version = stored;
    }

    public LocalDate acceptedOn() {
        return acceptedAt == null ? null : dayOf(acceptedAt);
    }

    public CaseNumber caseNumber() { return caseNumber; }
    public ItemVersion item() { return item; }
    public CentreCode centreCode() { return centreCode; }
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
    public boolean deadlinesProvisional() { return deadlinesProvisional; }
    public DeadlineChange deadlineChange() { return deadlineChange; }
    public LocalDate licenceIssueDueBy() { return licenceIssueDueBy; }
    public boolean licenceIssueDueProvisional() { return licenceIssueDueProvisional; }
    public DeliveryWarning deliveryWarningRaised() { return deliveryWarningRaised; }

    /** Sets an application's stored state field by field; {@link #build()} hands it over once. */
    public static final class Builder {
        private Application application = new Application();

        private Builder() {
        }

        public Builder caseNumber(CaseNumber value) { application.caseNumber = value; return this; }
        public Builder item(ItemVersion value) { application.item = value; return this; }
        public Builder centreCode(CentreCode value) { application.centreCode = value; return this; }
        public Builder channel(Channel value) { application.channel = value; return this; }
        public Builder applicant(Applicant value) { application.applicant = value; return this; }
        public Builder agent(Agent value) { application.agent = value; return this; }
        public Builder deliveryPreference(DeliveryPreference value) { application.deliveryPreference = value; return this; }
        public Builder submittedAt(OffsetDateTime value) { application.submittedAt = value; return this; }
        public Builder queryCodeHash(String value) { application.queryCodeHash = value; return this; }
        public Builder status(ApplicationStatus value) { application.status = value; return this; }
        public Builder acceptedAt(OffsetDateTime value) { application.acceptedAt = value; return this; }
        public Builder deemed(boolean value) { application.deemed = value; return this; }
        public Builder noticeDueOn(LocalDate value) { application.noticeDueOn = value; return this; }
        public Builder refusedAt(OffsetDateTime value) { application.refusedAt = value; return this; }
        public Builder supplementRequest(SupplementRequest value) { application.supplementRequest = value; return this; }
        public Builder promisedDeadline(LocalDate value) { application.promisedDeadline = value; return this; }
        public Builder statutoryDeadline(LocalDate value) { application.statutoryDeadline = value; return this; }
        public Builder decision(Decision value) { application.decision = value; return this; }
        public Builder licenceStatus(LicenceStatus value) { application.licenceStatus = value; return this; }
        public Builder delivery(Delivery value) { application.delivery = value; return this; }
        public Builder version(long value) { application.version = value; return this; }
        public Builder deadlinesProvisional(boolean value) { application.deadlinesProvisional = value; return this; }
        public Builder deadlineChange(DeadlineChange value) { application.deadlineChange = value; return this; }
        public Builder licenceIssueDueBy(LocalDate value) { application.licenceIssueDueBy = value; return this; }
        public Builder licenceIssueDueProvisional(boolean value) { application.licenceIssueDueProvisional = value; return this; }
        public Builder deliveryWarningRaised(DeliveryWarning value) { application.deliveryWarningRaised = value; return this; }

        public Builder materials(List<SubmittedMaterial> value) {
            application.materials.clear();
            listOrEmpty(value).forEach(m -> application.materials.put(m.code(), m));
            return this;
        }

        public Builder deferred(List<String> value) { application.deferred = listOrEmpty(value); return this; }
        public Builder notice(List<MissingMaterial> value) { application.notice = listOrEmpty(value); return this; }
        public Builder refusalReasons(List<Reason> value) { application.refusalReasons = listOrEmpty(value); return this; }

        /** The application; the builder is spent (a second call fails rather than share a mutable aggregate). */
        public Application build() {
            Application built = Objects.requireNonNull(application, "build() was called already");
            application = null;
            return built;
        }

        private static <T> List<T> listOrEmpty(List<T> value) {
            return value == null ? List.of() : List.copyOf(value);
        }
    }
}
