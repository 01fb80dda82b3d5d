package org.onewindow.review.cases.domain;

import org.onewindow.platform.kernel.CaseNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
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
    /** Years without a published calendar that a stored deadline (case, running step, licence due) counts days of. */
    private final SortedSet<Integer> provisionalYears;
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
        this(opening, status, tasks, deadlines, pauses, extension, decision, raisedWarnings, Set.of(), version);
    }

    /** Rebuilds a stored case with the years its deadlines were computed without a published calendar. */
    public ReviewCase(CaseOpening opening, CaseStatus status, List<DepartmentTask> tasks, CaseDeadlines deadlines,
                      List<Pause> pauses, StatutoryExtension extension, Decision decision,
                      Set<WarningLevel> raisedWarnings, Set<Integer> provisionalYears, long version) {
        this.opening = opening;
        this.provisionalYears = new TreeSet<>(provisionalYears);
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
                List.copyOf(tasks), reviewCase.deadlines(), now));
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
            status = CaseStatus.APPROVED;
            decision = new Decision(CaseStatus.APPROVED, today, now, List.of(), licence);
            trackProvisionalYears(calendar);
            decide(decision, now);
        }
    }

    private void decide(Decision made, Instant now) {
        status = made.outcome();
        decision = made;
        changes.audit(AuditWording.decided(made, now));
        changes.registerEvent(new ReviewEvent.DecisionMade(caseNumber(), opening, made, route.participants(),
                licenceIssueDueProvisional()));
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

    /** 补正 with the default limit per task ({@link SupplementPolicies#DEFAULT_MAX_PER_TASK}). */
    public UUID requestSupplement(UUID taskId, List<SupplementMaterial> materials, ActingUser actor, Instant now, LocalDate today) {
        return requestSupplement(taskId, materials, actor, now, today, SupplementPolicies.DEFAULT_MAX_PER_TASK);
    }

    /**
     * 补正: a reviewer of the task's department asks for materials; the clock stops until they arrive. Beyond
     * {@code maxPerTask} requests of the task only a CHECKER of the department asks (approves) another.
     */
    public UUID requestSupplement(UUID taskId, List<SupplementMaterial> materials, ActingUser actor, Instant now,
                                  LocalDate today, int maxPerTask) {
        DepartmentTask task = task(taskId);
        SupplementPolicies.SupplementRequest request = new SupplementPolicies.SupplementRequest(this, task, materials,
                actor, maxPerTask);
        SupplementPolicies.enforce(request);
        boolean approvedBeyondLimit = request.beyondTheLimit();
        Pause pause = pauses.start(PauseKind.SUPPLEMENT, AuditWording.supplementPauseReason(task), actor.userId(), today,
                taskId, null);
        changes.audit(approvedBeyondLimit
                ? AuditWording.supplementApprovedBeyondLimit(pause, materials, actor, maxPerTask, now)
                : AuditWording.supplementRequested(pause, materials, actor, now));
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

    /** 特别程序 without an estimate of its length. */
    public UUID startSpecialProcedure(PauseKind kind, String reason, ActingUser actor, Instant now, LocalDate today) {
        return startSpecialProcedure(kind, reason, null, actor, now, today);
    }

    /**
     * 特别程序 (Art. 45: 听证, 招标, 拍卖, 检验, 检测, 检疫, 鉴定, 专家评审) stops the clock until the department ends it;
     * the applicant is told in writing, with the expected length when the department gives one.
     */
    public UUID startSpecialProcedure(PauseKind kind, String reason, Integer expectedWorkingDays, ActingUser actor,
                                      Instant now, LocalDate today) {
        PausePolicies.enforce(new PausePolicies.PauseStart(this, kind, reason, actor));
        Pause pause = pauses.start(kind, reason, actor.userId(), today, null, expectedWorkingDays);
        changes.audit(AuditWording.specialProcedureStarted(pause, actor, PausePolicies.handlingRole(actor), now));
        changes.registerEvent(new ReviewEvent.ProcedurePaused(caseNumber(), opening, pause, now));
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
        changes.registerEvent(new ReviewEvent.ProcedureResumed(caseNumber(), resumed, deadlines(), now));
        return resumed;
    }

    /** 延期 (Art. 42): the agency head extends the statutory limit once ({@link ExtensionPolicies}); only it moves. */
    public StatutoryExtension extendStatutoryLimit(int workingDays, String reason, ActingUser actor, Instant now,
                                                   LocalDate today, WorkingDays calendar, ExtensionRules rules) {
        ExtensionPolicies.enforce(new ExtensionPolicies.ExtensionRequest(this, workingDays, reason, actor, clock(calendar),
                today, rules));
        extension = new StatutoryExtension(workingDays, reason, actor.userId(),
                ExtensionPolicies.approvingRole(opening), today, now);
        CaseDeadlines before = deadlines;
        deadlines = clock(calendar).deadlines();
        trackProvisionalYears(calendar);
        changes.audit(AuditWording.statutoryExtended(extension, actor, before, deadlines, now));
        changes.registerEvent(new ReviewEvent.DeadlineExtended(caseNumber(), opening, extension, deadlines()));
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
        boolean flagged = trackProvisionalYears(calendar);
        if (moved) {
            changes.stateChanged();
        }
        return moved || flagged;
    }

    /**
     * A calendar year was published (or corrected): every stored deadline is computed again on {@code calendar}
     * — the case's promised and statutory ones, each running step's, the licence's Art. 44 due date — and the
     * provisional flags follow. True, with an audit line and {@link ReviewEvent.DeadlinesRecomputed}, when a date
     * or a flag changed; nothing is recorded otherwise.
     */
    public boolean recomputeDeadlines(int calendarYear, WorkingDays calendar, LicenceTerms terms, Instant now) {
        CaseDeadlines before = deadlines();
        Map<UUID, StepDeadlineSnapshot> stepsBefore = stepSnapshot();
        LocalDate dueBefore = licence() == null ? null : licence().issueDueBy();
        boolean dueProvisionalBefore = licenceIssueDueProvisional();

        deadlines = clock(calendar).deadlines();
        boolean stepsMoved = clock(calendar).refreshStepDeadlines(route);
        if (licence() != null) {
            LocalDate due = Licence.issueDue(decision.decidedOn(), terms, calendar);
            if (!due.equals(dueBefore)) {
                decision = decision.withLicence(licence().withIssueDueBy(due));
            }
        }
        trackProvisionalYears(calendar);

        CaseDeadlines after = deadlines();
        LocalDate dueAfter = licence() == null ? null : licence().issueDueBy();
        boolean changed = !after.equals(before) || stepsMoved || !stepSnapshot().equals(stepsBefore)
                || !Objects.equals(dueBefore, dueAfter) || dueProvisionalBefore != licenceIssueDueProvisional();
        if (!changed) {
            return false;
        }
        changes.stateChanged();
        changes.audit(AuditWording.deadlinesRecomputed(calendarYear, before, after, dueBefore, dueAfter, now));
        changes.registerEvent(new ReviewEvent.DeadlinesRecomputed(caseNumber(), calendarYear, after,
                route.running().stream().map(t -> new ReviewEvent.StepDeadline(t.taskId(), t.department(),
                        t.deadline(), stepDeadlineProvisional(t))).toList(), dueAfter, now));
        return true;
    }

    private record StepDeadlineSnapshot(LocalDate deadline, boolean provisional) {
    }

    private Map<UUID, StepDeadlineSnapshot> stepSnapshot() {
        Map<UUID, StepDeadlineSnapshot> steps = new LinkedHashMap<>();
        for (DepartmentTask t : route.running()) {
            steps.put(t.taskId(), new StepDeadlineSnapshot(t.deadline(), stepDeadlineProvisional(t)));
        }
        return steps;
    }

    /**
     * Records which years without a published calendar the stored deadlines count days of (Monday to Friday
     * stands in for their holidays); true when that set changed (a change to save).
     */
    private boolean trackProvisionalYears(WorkingDays calendar) {
        SortedSet<Integer> years = new TreeSet<>(
                CalendarCoverage.uncovered(calendar.calendar(), opening.acceptedOn(), deadlines.last()));
        for (DepartmentTask t : route.running()) {
            years.addAll(CalendarCoverage.uncovered(calendar.calendar(), t.openedOn(), t.deadline()));
        }
        if (licence() != null) {
            years.addAll(CalendarCoverage.uncovered(calendar.calendar(), decision.decidedOn(), licence().issueDueBy()));
        }
        if (years.equals(provisionalYears)) {
            return false;
        }
        provisionalYears.clear();
        provisionalYears.addAll(years);
        changes.stateChanged();
        return true;
    }

    private Licence licence() {
        return decision == null ? null : decision.licence();
    }

    /** The years without a published calendar that a stored deadline of this case counts days of; empty: none. */
    public SortedSet<Integer> provisionalYears() {
        return Collections.unmodifiableSortedSet(provisionalYears);
    }

    /** The task's step deadline counts days of a year whose calendar is not published yet. */
    public boolean stepDeadlineProvisional(DepartmentTask task) {
        return CalendarCoverage.touches(provisionalYears, task.openedOn(), task.deadline());
    }

    /** The licence's Art. 44 due date counts days of a year whose calendar is not published yet. */
    public boolean licenceIssueDueProvisional() {
        return licence() != null
                && CalendarCoverage.touches(provisionalYears, decision.decidedOn(), licence().issueDueBy());
    }

    /** Supplement requests the task made after acceptance (the limit of {@link SupplementPolicies}). */
    public long supplementRequestsOf(UUID taskId) {
        return pauses.supplementsOf(taskId);
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

    /** The promised and statutory deadlines, provisional when they count days of a year not published yet. */
    public CaseDeadlines deadlines() {
        return deadlines.provisional(CalendarCoverage.touches(provisionalYears, opening.acceptedOn(), deadlines.last()));
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
