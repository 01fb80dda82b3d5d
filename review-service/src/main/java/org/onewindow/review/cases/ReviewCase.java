package org.onewindow.review.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;

import org.onewindow.platform.clock.WorkingDays;

/**
 * A review case (审批办件 in the back office): one per accepted application (invariant 1). It holds the route's
 * department tasks ({@link Route}), the clock's pauses ({@link Pauses}) and extension, the decision and licence, and
 * the audit trail. Each command asks its rules first ({@link OpinionPolicies}, {@link DeputyPolicies},
 * {@link SupplementPolicies}, {@link PausePolicies}, {@link ExtensionPolicies}), then changes the state; deadlines
 * come from the {@link LegalClock}, audit lines from {@link AuditWording}. Every state change registers the event it
 * announces; the caller publishes {@link #pendingEvents()} in the same transaction that stores the case.
 */
public final class ReviewCase {

    /** Events this aggregate announces, registered where the state changes. */
    public sealed interface Event permits Opened, TaskCompleted, DecisionMade, SupplementRequested, DeadlineWarning {
        String caseNumber();
    }

    public record Opened(String caseNumber, String itemCode, RouteMode mode, List<DepartmentTask> tasks,
                         CaseDeadlines deadlines, Instant openedAt) implements Event {
    }

    public record TaskCompleted(String caseNumber, UUID taskId, String department, TaskStatus outcome,
                                String reviewedBy, String checkedBy, List<String> reasons, Instant completedAt) implements Event {
    }

    /** {@code participants}: everyone who reviewed or checked, so supervision can keep 审管分离. */
    public record DecisionMade(String caseNumber, CaseOpening opening, Decision decision, Set<String> participants)
            implements Event {
    }

    public record SupplementRequested(String caseNumber, UUID requestId, UUID taskId, String department, List<SupplementMaterial> materials,
                                      String requestedBy, Instant requestedAt) implements Event {
    }

    /** {@code taskId}, {@code department}: the late step when {@code scope} is STEP, else null. */
    public record DeadlineWarning(String caseNumber, String itemCode, WarningLevel level, WarningScope scope, UUID taskId,
                                  String department, LocalDate deadline, LocalDate raisedOn, List<String> openDepartments)
            implements Event {
    }

    private final CaseOpening opening;
    private final Route route;
    private final Pauses pauses;
    private final List<AuditEntry> audit;
    private final Set<WarningLevel> raisedWarnings;
    private final List<Event> pendingEvents = new ArrayList<>();
    private CaseStatus status;
    private CaseDeadlines deadlines;
    private StatutoryExtension extension;
    private Decision decision;

    /** Rebuilds a stored case (pauses in the order they were taken); use {@link #open} for a new one. */
    public ReviewCase(CaseOpening opening, CaseStatus status, List<DepartmentTask> tasks, CaseDeadlines deadlines,
                      List<Pause> pauses, StatutoryExtension extension, Decision decision, List<AuditEntry> audit,
                      Set<WarningLevel> raisedWarnings) {
        this.opening = opening;
        this.status = status;
        this.route = new Route(opening.mode(), tasks);
        this.deadlines = deadlines;
        this.pauses = new Pauses(pauses);
        this.extension = extension;
        this.decision = decision;
        this.audit = new ArrayList<>(audit);
        this.raisedWarnings = raisedWarnings.isEmpty() ? EnumSet.noneOf(WarningLevel.class) : EnumSet.copyOf(raisedWarnings);
    }

    /** Opens the case with the default step limits; see {@link #open(CaseOpening, WorkingDays, Instant, StepLimits)}. */
    public static ReviewCase open(CaseOpening opening, WorkingDays calendar, Instant now) {
        return open(opening, calendar, now, StepLimits.DEFAULT);
    }

    /** Opens the case with its route's tasks ({@link Route#open}) and its clock, started on the day of acceptance. */
    public static ReviewCase open(CaseOpening opening, WorkingDays calendar, Instant now, StepLimits stepLimits) {
        List<DepartmentTask> tasks = Route.open(opening, stepLimits).tasks();
        CaseDeadlines deadlines = new LegalClock(opening, new Pauses(List.of()), null, calendar).deadlines();
        ReviewCase reviewCase = new ReviewCase(opening, CaseStatus.OPEN, tasks, deadlines, List.of(), null, null, List.of(),
                Set.of());
        reviewCase.refreshStepDeadlines(calendar);
        reviewCase.audit.add(AuditWording.caseOpened(opening, deadlines, now));
        reviewCase.pendingEvents.add(new Opened(opening.caseNumber(), opening.itemCode(), opening.mode(),
                List.copyOf(tasks), deadlines, now));
        return reviewCase;
    }

    /**
     * Records a REVIEW or CHECK opinion. Approving the last step of the last task decides APPROVED with a licence;
     * a rejection decides REJECTED at once and cancels the tasks still open or waiting.
     */
    public void giveOpinion(OpinionRequest request, ActingUser actor, Instant now, LocalDate today, WorkingDays calendar,
                            LicenceTerms terms, LongSupplier licenceSequence) {
        DepartmentTask task = task(request.taskId());
        OpinionPolicies.enforce(this, task, actor, request);
        String role = OpinionPolicies.roleFor(request.step(), actor);
        task.complete(new StepRecord(request.step(), actor.userId(), role, request.opinion(), request.reasons(),
                request.comment(), now));
        audit.add(AuditWording.opinionGiven(request, task, actor, role, now));
        if (task.status().finished()) {
            taskFinished(task, now, today, calendar, terms, licenceSequence);
        }
    }

    private void taskFinished(DepartmentTask task, Instant now, LocalDate today, WorkingDays calendar,
                              LicenceTerms terms, LongSupplier licenceSequence) {
        pendingEvents.add(new TaskCompleted(caseNumber(), task.taskId(), task.department(), task.status(),
                task.reviewedBy(), task.checkedBy(), task.reasons(), now));
        if (task.status() == TaskStatus.REJECTED) {
            route.cancelUnfinished();
            decide(new Decision(CaseStatus.REJECTED, today, now, task.reasons(), null), now);
            return;
        }
        Optional<DepartmentTask> next = route.openNextSerial(today);
        if (next.isPresent()) {
            refreshStepDeadlines(calendar);
            audit.add(AuditWording.serialTaskOpened(next.get(), now));
        } else if (route.allApproved()) {
            Licence licence = Licence.issue(opening.itemCode(), today, terms, calendar, licenceSequence.getAsLong());
            decide(new Decision(CaseStatus.APPROVED, today, now, List.of(), licence), now);
        }
    }

    private void decide(Decision made, Instant now) {
        status = made.outcome();
        decision = made;
        audit.add(AuditWording.decided(made, now));
        pendingEvents.add(new DecisionMade(caseNumber(), opening, made, route.participants()));
    }

    /** AB岗: a member of the task's department hands the task's next step to a named deputy of that department. */
    public void assignDeputy(UUID taskId, String deputyUserId, ActingUser actor, Instant now) {
        DepartmentTask task = task(taskId);
        DeputyPolicies.enforce(new DeputyPolicies.DeputyAssignment(this, task, deputyUserId, actor));
        task.assignDeputy(deputyUserId);
        audit.add(AuditWording.deputyAssigned(task, deputyUserId, actor, now));
    }

    /** 补正: a reviewer of the task's department asks for materials; the clock stops until they arrive. */
    public UUID requestSupplement(UUID taskId, List<SupplementMaterial> materials, ActingUser actor, Instant now, LocalDate today) {
        DepartmentTask task = task(taskId);
        SupplementPolicies.enforce(new SupplementPolicies.SupplementRequest(this, task, materials, actor));
        Pause pause = pauses.start(PauseKind.SUPPLEMENT, AuditWording.supplementPauseReason(task), actor.userId(), today);
        audit.add(AuditWording.supplementRequested(pause, materials, actor, now));
        pendingEvents.add(new SupplementRequested(caseNumber(), pause.pauseId(), taskId, task.department(),
                List.copyOf(materials), actor.userId(), now));
        return pause.pauseId();
    }

    /** The supplement answering {@code requestId} arrived: the clock runs again, the deadlines move by the days paused. */
    public void supplementReceived(UUID requestId, LocalDate receivedOn, Instant now, WorkingDays calendar) {
        // nothing awaited under that request: a late or repeated notice changes nothing
        pauses.awaitedSupplement(requestId).ifPresent(open -> resume(open, receivedOn, now, calendar,
                AuditWording.SYSTEM_USER, AuditWording.SYSTEM_ROLE, null));
    }

    /** 特别程序 (Art. 45): a hearing, testing or expert review stops the clock until the department ends it. */
    public UUID startSpecialProcedure(PauseKind kind, String reason, ActingUser actor, Instant now, LocalDate today) {
        PausePolicies.enforce(new PausePolicies.PauseStart(this, kind, reason, actor));
        Pause pause = pauses.start(kind, reason, actor.userId(), today);
        audit.add(AuditWording.specialProcedureStarted(pause, actor, PausePolicies.handlingRole(actor), now));
        return pause.pauseId();
    }

    /** Ends a special procedure: the clock runs again from the next day and the deadlines move by the paused working days. */
    public Pause endSpecialProcedure(UUID pauseId, ActingUser actor, Instant now, LocalDate today, WorkingDays calendar) {
        Pause pause = pauses.byId(pauseId);
        PausePolicies.enforce(new PausePolicies.PauseEnd(this, pause, actor));
        return resume(pause, today, now, calendar, actor.userId(), PausePolicies.handlingRole(actor), actor.onBehalfOf());
    }

    private Pause resume(Pause pause, LocalDate on, Instant now, WorkingDays calendar, String userId, String role,
                         String onBehalfOf) {
        Pause resumed = pauses.end(pause, on, calendar);
        CaseDeadlines before = deadlines;
        deadlines = clock(calendar).deadlines();
        refreshStepDeadlines(calendar);
        audit.add(AuditWording.clockResumed(resumed, before, deadlines, userId, role, onBehalfOf, now));
        return resumed;
    }

    /** 延期 (Art. 42): the agency head extends the statutory limit once ({@link ExtensionPolicies}); only it moves. */
    public StatutoryExtension extendStatutoryLimit(int workingDays, String reason, ActingUser actor, Instant now,
                                                   LocalDate today, WorkingDays calendar, ExtensionRules rules) {
        ExtensionPolicies.enforce(new ExtensionPolicies.ExtensionRequest(this, workingDays, reason, actor, clock(calendar),
                today, rules));
        extension = new StatutoryExtension(workingDays, reason, actor.userId(), OpinionPolicies.CHECKER, today, now);
        CaseDeadlines before = deadlines;
        deadlines = clock(calendar).deadlines();
        audit.add(AuditWording.statutoryExtended(extension, actor, before, deadlines, now));
        return extension;
    }

    /** Supervision suspended or revoked the licence (invariant 5); the case shows it. */
    public void licenceActionTaken(LicenceStatus newStatus, String actedBy, String note, Instant now) {
        if (decision == null || decision.licence() == null) {
            return; // no licence on this case: nothing to mark
        }
        decision = decision.withLicence(decision.licence().withStatus(newStatus));
        audit.add(AuditWording.licenceAction(newStatus, actedBy, note, now));
    }

    /** 电子监察: raises the {@link DueWarnings} due today, each level once per case and once per step. */
    public void raiseDueWarnings(LocalDate today, int yellowDaysBefore, WorkingDays calendar) {
        pendingEvents.addAll(DueWarnings.raise(this, clock(calendar), today, yellowDaysBefore, raisedWarnings));
    }

    /** Recomputes the deadline of every open task from its step clock; true when one moved (or was missing). */
    public boolean refreshStepDeadlines(WorkingDays calendar) {
        return clock(calendar).refreshStepDeadlines(route);
    }

    private LegalClock clock(WorkingDays calendar) {
        return new LegalClock(opening, pauses, extension, calendar);
    }

    /** Past the promised deadline while open and the clock runs ({@link DueWarnings#overdue}). */
    public boolean overdue(LocalDate today) {
        return DueWarnings.overdue(this, today);
    }

    /** Past its own step deadline while open and the clock runs, whether or not the case is overdue. */
    public boolean overdue(DepartmentTask task, LocalDate today) {
        return DueWarnings.overdue(this, task, today);
    }

    public DepartmentTask task(UUID taskId) {
        return route.task(taskId);
    }

    public Optional<Pause> openPause() {
        return pauses.open();
    }

    /** Events registered since the case was loaded; cleared by the caller once published. */
    public List<Event> pendingEvents() {
        return Collections.unmodifiableList(pendingEvents);
    }

    public void clearPendingEvents() {
        pendingEvents.clear();
    }

    public String caseNumber() {
        return opening.caseNumber();
    }

    public CaseOpening opening() {
        return opening;
    }

    public CaseStatus status() {
        return status;
    }

    Route route() {
        return route;
    }

    public List<DepartmentTask> tasks() {
        return route.tasks();
    }

    public CaseDeadlines deadlines() {
        return deadlines;
    }

    public List<Pause> pauses() {
        return pauses.list();
    }

    public Decision decision() {
        return decision;
    }

    /** The statutory extension granted, or null. */
    public StatutoryExtension extension() {
        return extension;
    }

    public List<AuditEntry> audit() {
        return Collections.unmodifiableList(audit);
    }

    public Set<WarningLevel> raisedWarnings() {
        return Collections.unmodifiableSet(raisedWarnings);
    }
}
