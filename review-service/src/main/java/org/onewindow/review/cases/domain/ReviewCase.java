package org.onewindow.review.cases.domain;

import org.onewindow.platform.kernel.CaseNumber;
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
import org.onewindow.platform.kernel.Aggregate;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.Changes;

/**
 * A review case (审批办件 in the back office): one per accepted application (invariant 1). It holds the route's
 * department tasks ({@link Route}), the clock's pauses ({@link Pauses}) and extension, the decision and licence, and
 * the audit trail. Each command asks its rules first ({@link OpinionPolicies}, {@link DeputyPolicies},
 * {@link SupplementPolicies}, {@link PausePolicies}, {@link ExtensionPolicies}), then changes the state; deadlines
 * come from the {@link LegalClock}, audit lines from {@link AuditWording}. Every state change registers the event it
 * announces and its audit entry in {@link #changes()}; the command path stores them with the case in one transaction.
 */
public final class ReviewCase implements Aggregate<ReviewEvent> {

    private final CaseOpening opening;
    private final Route route;
    private final Pauses pauses;
    private final Set<WarningLevel> raisedWarnings;
    private final Changes<ReviewEvent> changes = new Changes<>();
    private long version;
    private CaseStatus status;
    private CaseDeadlines deadlines;
    private StatutoryExtension extension;
    private Decision decision;

    /** Rebuilds a stored case (pauses in the order they were taken); use {@link #open} for a new one. */
    public ReviewCase(CaseOpening opening, CaseStatus status, List<DepartmentTask> tasks, CaseDeadlines deadlines,
                      List<Pause> pauses, StatutoryExtension extension, Decision decision,
                      Set<WarningLevel> raisedWarnings, long version) {
        this.opening = opening;
        this.status = status;
        this.route = new Route(opening.mode(), tasks);
        this.deadlines = deadlines;
        this.pauses = new Pauses(pauses);
        this.extension = extension;
        this.decision = decision;
        this.version = version;
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
        ReviewCase reviewCase = new ReviewCase(opening, CaseStatus.OPEN, tasks, deadlines, List.of(), null, null, Set.of(), 0);
        reviewCase.refreshStepDeadlines(calendar);
        reviewCase.changes.audit(AuditWording.caseOpened(opening, deadlines, now));
        reviewCase.changes.registerEvent(new ReviewEvent.Opened(opening.caseNumber(), opening.itemCode(), opening.mode(),
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
        changes.audit(AuditWording.opinionGiven(request, task, actor, role, now));
        if (task.status().finished()) {
            taskFinished(task, now, today, calendar, terms, licenceSequence);
        }
    }

    private void taskFinished(DepartmentTask task, Instant now, LocalDate today, WorkingDays calendar,
                              LicenceTerms terms, LongSupplier licenceSequence) {
        changes.registerEvent(new ReviewEvent.TaskCompleted(caseNumber(), task.taskId(), task.department(), task.status(),
                task.reviewedBy(), task.checkedBy(), task.reasons(), now));
        if (task.status() == TaskStatus.REJECTED) {
            route.cancelUnfinished();
            decide(new Decision(CaseStatus.REJECTED, today, now, task.reasons(), null), now);
            return;
        }
        Optional<DepartmentTask> next = route.openNextSerial(today);
        if (next.isPresent()) {
            refreshStepDeadlines(calendar);
            changes.audit(AuditWording.serialTaskOpened(next.get(), now));
        } else if (route.allApproved()) {
            Licence licence = Licence.issue(opening.itemCode(), today, terms, calendar, licenceSequence.getAsLong());
            decide(new Decision(CaseStatus.APPROVED, today, now, List.of(), licence), now);
        }
    }

    private void decide(Decision made, Instant now) {
        status = made.outcome();
        decision = made;
        changes.audit(AuditWording.decided(made, now));
        changes.registerEvent(new ReviewEvent.DecisionMade(caseNumber(), opening, made, route.participants()));
    }

    /**
     * AB岗: a member of the task's department hands the task's next step to a named deputy of that department who
     * holds the step's role; the deputy stands in for the person they were named for (the principal when the
     * caller acts on someone's behalf, else the caller), who is the only one they may act for.
     *
     * @param deputy the deputy as the staff directory knows them, null when unknown
     */
    public void assignDeputy(UUID taskId, String deputyUserId, StaffMember deputy, ActingUser actor, Instant now) {
        DepartmentTask task = task(taskId);
        DeputyPolicies.enforce(new DeputyPolicies.DeputyAssignment(this, task, deputyUserId, deputy, actor));
        task.assignDeputy(deputyUserId, actor.onBehalfOf() != null ? actor.onBehalfOf() : actor.userId());
        changes.audit(AuditWording.deputyAssigned(task, deputyUserId, actor, now));
    }

    /** 补正: a reviewer of the task's department asks for materials; the clock stops until they arrive. */
    public UUID requestSupplement(UUID taskId, List<SupplementMaterial> materials, ActingUser actor, Instant now, LocalDate today) {
        DepartmentTask task = task(taskId);
        SupplementPolicies.enforce(new SupplementPolicies.SupplementRequest(this, task, materials, actor));
        Pause pause = pauses.start(PauseKind.SUPPLEMENT, AuditWording.supplementPauseReason(task), actor.userId(), today);
        changes.audit(AuditWording.supplementRequested(pause, materials, actor, now));
        changes.registerEvent(new ReviewEvent.SupplementRequested(caseNumber(), pause.pauseId(), taskId, task.department(),
                List.copyOf(materials), actor.userId(), now));
        return pause.pauseId();
    }

    /** The supplement answering {@code requestId} arrived: the clock runs again, the deadlines move by the days paused. */
    public void supplementReceived(UUID requestId, LocalDate receivedOn, Instant now, WorkingDays calendar) {
        // nothing awaited under that request: a late or repeated notice changes nothing
        pauses.awaitedSupplement(requestId).ifPresent(open -> resume(open, receivedOn, now, calendar,
                AuditWording.SYSTEM));
    }

    /** 特别程序 (Art. 45): a hearing, testing or expert review stops the clock until the department ends it. */
    public UUID startSpecialProcedure(PauseKind kind, String reason, ActingUser actor, Instant now, LocalDate today) {
        PausePolicies.enforce(new PausePolicies.PauseStart(this, kind, reason, actor));
        Pause pause = pauses.start(kind, reason, actor.userId(), today);
        changes.audit(AuditWording.specialProcedureStarted(pause, actor, PausePolicies.handlingRole(actor), now));
        return pause.pauseId();
    }

    /** Ends a special procedure: the clock runs again from the next day and the deadlines move by the paused working days. */
    public Pause endSpecialProcedure(UUID pauseId, ActingUser actor, Instant now, LocalDate today, WorkingDays calendar) {
        Pause pause = pauses.byId(pauseId);
        PausePolicies.enforce(new PausePolicies.PauseEnd(this, pause, actor));
        return resume(pause, today, now, calendar, actor.auditActor(PausePolicies.handlingRole(actor)));
    }

    private Pause resume(Pause pause, LocalDate on, Instant now, WorkingDays calendar, AuditActor by) {
        Pause resumed = pauses.end(pause, on, calendar);
        CaseDeadlines before = deadlines;
        deadlines = clock(calendar).deadlines();
        refreshStepDeadlines(calendar);
        changes.audit(AuditWording.clockResumed(resumed, before, deadlines, by, now));
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
        changes.audit(AuditWording.statutoryExtended(extension, actor, before, deadlines, now));
        return extension;
    }

    /** Supervision suspended or revoked the licence (invariant 5); the case shows it. */
    public void licenceActionTaken(LicenceStatus newStatus, String actedBy, String note, Instant now) {
        if (decision == null || decision.licence() == null) {
            return; // no licence on this case: nothing to mark
        }
        decision = decision.withLicence(decision.licence().withStatus(newStatus));
        changes.audit(AuditWording.licenceAction(newStatus, actedBy, note, now));
    }

    /** 电子监察: raises the {@link DueWarnings} due today, each level once per case and once per step. */
    public void raiseDueWarnings(LocalDate today, int yellowDaysBefore, WorkingDays calendar) {
        DueWarnings.raise(this, clock(calendar), today, yellowDaysBefore, raisedWarnings).forEach(changes::registerEvent);
    }

    /**
     * Recomputes the deadline of every open task from its step clock; true when one moved (or was missing). A moved
     * deadline is a change to save that tells nobody (no event, no audit line).
     */
    public boolean refreshStepDeadlines(WorkingDays calendar) {
        boolean moved = clock(calendar).refreshStepDeadlines(route);
        if (moved) {
            changes.stateChanged();
        }
        return moved;
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

    @Override
    public long version() {
        return version;
    }

    /** What the commands recorded since the case was loaded: events and audit entries, drained by the command path. */
    @Override
    public Changes<ReviewEvent> changes() {
        return changes;
    }

    /** The store saved the case as {@code newVersion}. */
    public void stored(long newVersion) {
        version = newVersion;
    }

    public CaseNumber caseNumber() {
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

    public Set<WarningLevel> raisedWarnings() {
        return Collections.unmodifiableSet(raisedWarnings);
    }
}
