package org.onewindow.review.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;

import org.onewindow.platform.clock.CaseClock;
import org.onewindow.platform.clock.Extension;
import org.onewindow.platform.clock.WarningPolicy;
import org.onewindow.platform.clock.WorkingDays;
import org.onewindow.platform.kernel.Aggregate;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.Changes;

/**
 * A review case (审批办件 in the back office): one per accepted application (invariant 1). It holds the
 * department tasks of the route, the clock (deadlines and pauses), the decision and licence, and the audit
 * trail. Every state change registers the event it announces and its audit entry in {@link #changes()}; the
 * command path stores them with the case in one transaction.
 */
public final class ReviewCase implements Aggregate<ReviewEvent> {

    private final CaseOpening opening;
    private final List<DepartmentTask> tasks;
    private final List<Pause> pauses;
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
        this.tasks = new ArrayList<>(tasks);
        this.deadlines = deadlines;
        this.pauses = new ArrayList<>(pauses);
        this.extension = extension;
        this.decision = decision;
        this.version = version;
        this.raisedWarnings = raisedWarnings.isEmpty() ? EnumSet.noneOf(WarningLevel.class) : EnumSet.copyOf(raisedWarnings);
    }

    /** Opens the case with the default step limits; see {@link #open(CaseOpening, WorkingDays, Instant, StepLimits)}. */
    public static ReviewCase open(CaseOpening opening, WorkingDays calendar, Instant now) {
        return open(opening, calendar, now, StepLimits.DEFAULT);
    }

    /**
     * Opens the case with its tasks (parallel: all open; serial: the first open, the rest waiting) and its clock.
     * The tasks open on the day of acceptance, when the clock starts, each with its step limit.
     */
    public static ReviewCase open(CaseOpening opening, WorkingDays calendar, Instant now, StepLimits stepLimits) {
        List<DepartmentTask> tasks = new ArrayList<>();
        int stepLimit = stepLimits.limitFor(opening);
        for (int i = 0; i < opening.departments().size(); i++) {
            boolean waiting = opening.mode() == RouteMode.SERIAL && i > 0;
            tasks.add(DepartmentTask.open(opening.departments().get(i), i + 1, opening.twoPersonReview(), waiting,
                    stepLimit, opening.acceptedOn()));
        }
        CaseDeadlines deadlines = CaseDeadlines.of(
                CaseClock.start(calendar.calendar(), opening.acceptedOn(), opening.promisedLimit(), opening.statutoryLimit()));
        ReviewCase reviewCase = new ReviewCase(opening, CaseStatus.OPEN, tasks, deadlines, List.of(), null, null, Set.of(), 0);
        reviewCase.refreshStepDeadlines(calendar);
        reviewCase.audit(now, CaseActors.SYSTEM, "CASE_OPENED",
                opening.mode() + " route " + opening.departments() + ", promised " + deadlines.promised()
                        + ", statutory " + deadlines.statutory());
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
        OpinionPolicies.firstRefusal(this, task, actor, request).ifPresent(refusal -> {
            throw Refusal.toException(refusal);
        });
        String role = roleFor(request.step(), actor);
        task.complete(new StepRecord(request.step(), actor.userId(), role, request.opinion(), request.reasons(),
                request.comment(), now));
        audit(now, actor.auditActor(role), request.step() + "_" + request.opinion(),
                "task " + task.taskId() + " (" + task.department() + ")"
                        + (request.reasons().isEmpty() ? "" : ": " + String.join("; ", request.reasons())));
        if (task.status().finished()) {
            taskFinished(task, now, today, calendar, terms, licenceSequence);
        }
    }

    private void taskFinished(DepartmentTask task, Instant now, LocalDate today, WorkingDays calendar,
                              LicenceTerms terms, LongSupplier licenceSequence) {
        changes.registerEvent(new ReviewEvent.TaskCompleted(caseNumber(), task.taskId(), task.department(), task.status(),
                userOf(task.review()), userOf(task.check()), reasonsOf(task), now));
        if (task.status() == TaskStatus.REJECTED) {
            tasks.stream().filter(other -> !other.status().finished()).forEach(DepartmentTask::cancel);
            decide(new Decision(CaseStatus.REJECTED, today, now, reasonsOf(task), null), now);
            return;
        }
        Optional<DepartmentTask> waiting = tasks.stream().filter(t -> t.status() == TaskStatus.WAITING).findFirst();
        if (opening.mode() == RouteMode.SERIAL && waiting.isPresent()) {
            waiting.get().openNow(today);
            refreshStepDeadlines(calendar);
            audit(now, CaseActors.SYSTEM, "TASK_OPENED",
                    "task " + waiting.get().taskId() + " (" + waiting.get().department() + ") after serial approval, due "
                            + waiting.get().deadline());
            return;
        }
        if (tasks.stream().allMatch(t -> t.status() == TaskStatus.APPROVED)) {
            int year = today.getYear();
            Licence licence = new Licence(Licence.number(opening.itemCode(), year, licenceSequence.getAsLong()),
                    today, today.plus(terms.validity()), calendar.deadline(today, terms.issueWithinWorkingDays()),
                    LicenceStatus.VALID);
            decide(new Decision(CaseStatus.APPROVED, today, now, List.of(), licence), now);
        }
    }

    private void decide(Decision made, Instant now) {
        status = made.outcome();
        decision = made;
        audit(now, CaseActors.SYSTEM, "DECIDED_" + made.outcome(),
                made.licence() == null ? String.join("; ", made.reasons()) : "licence " + made.licence().number());
        changes.registerEvent(new ReviewEvent.DecisionMade(caseNumber(), opening, made, participants()));
    }

    /** AB岗: a member of the task's department hands the task's next step to a named deputy of that department. */
    public void assignDeputy(UUID taskId, String deputyUserId, ActingUser actor, Instant now) {
        DepartmentTask task = task(taskId);
        if (status != CaseStatus.OPEN || task.status().finished()) {
            throw Refusal.toException(Refusal.conflict("review.task-not-open",
                    "task " + taskId + " is " + task.status() + " on a case that is " + status));
        }
        if (!task.department().equals(actor.department())) {
            throw Refusal.toException(Refusal.forbidden("review.wrong-department",
                    "task " + taskId + " belongs to department " + task.department() + ", not to " + actor.department()));
        }
        if (deputyUserId == null || deputyUserId.isBlank()) {
            throw Refusal.toException(Refusal.invalid("deputyUserId", "review.deputy-required", "name the deputy"));
        }
        task.assignDeputy(deputyUserId);
        audit(now, actor.auditActor(primaryRole(actor)), "DEPUTY_ASSIGNED",
                "task " + taskId + " (" + task.department() + ") to deputy " + deputyUserId);
    }

    /** 补正: a reviewer of the task's department asks for materials; the clock stops until they arrive. */
    public UUID requestSupplement(UUID taskId, List<SupplementMaterial> materials, ActingUser actor, Instant now, LocalDate today) {
        DepartmentTask task = task(taskId);
        if (status != CaseStatus.OPEN || task.status() != TaskStatus.OPEN) {
            throw Refusal.toException(Refusal.conflict("review.task-not-open",
                    "task " + taskId + " is " + task.status() + " on a case that is " + status));
        }
        if (!task.department().equals(actor.department())) {
            throw Refusal.toException(Refusal.forbidden("review.wrong-department",
                    "task " + taskId + " belongs to department " + task.department() + ", not to " + actor.department()));
        }
        if (!actor.hasRole(OpinionPolicies.REVIEWER)) {
            throw Refusal.toException(Refusal.forbidden("review.role-required", "a supplement request needs role REVIEWER"));
        }
        if (openPause().isPresent()) {
            throw Refusal.toException(Refusal.conflict("review.case-paused",
                    "case " + caseNumber() + " already awaits: " + openPause().get().reason()));
        }
        if (materials == null || materials.isEmpty()) {
            throw Refusal.toException(Refusal.invalid("materials", "review.materials-required", "list the materials to supply"));
        }
        String reason = "supplement requested by " + task.department();
        UUID requestId = UUID.randomUUID();
        pauses.add(new Pause(requestId, PauseKind.SUPPLEMENT, reason, actor.userId(), today, null, 0));
        audit(now, actor.auditActor(OpinionPolicies.REVIEWER), "CLOCK_PAUSED",
                reason + ": " + materials.stream().map(SupplementMaterial::code).toList());
        changes.registerEvent(new ReviewEvent.SupplementRequested(caseNumber(), requestId, taskId, task.department(), List.copyOf(materials),
                actor.userId(), now));
        return requestId;
    }

    /**
     * The supplement answering {@code requestId} arrived: the clock runs again and the deadlines move by the
     * working days paused.
     */
    public void supplementReceived(UUID requestId, LocalDate receivedOn, Instant now, WorkingDays calendar) {
        Optional<Pause> open = openPause().filter(p -> p.kind() == PauseKind.SUPPLEMENT)
                .filter(p -> requestId == null || requestId.equals(p.pauseId()));
        if (open.isEmpty()) {
            return; // nothing awaited under that request: a late or repeated notice changes nothing
        }
        resume(open.get(), receivedOn, now, calendar, CaseActors.SYSTEM);
    }

    /**
     * 特别程序 (Art. 45): a hearing, testing or expert review stops the clock until the department ends it. Asked by
     * a REVIEWER or CHECKER of a department with an open task on the case; returns the pause id.
     */
    public UUID startSpecialProcedure(PauseKind kind, String reason, ActingUser actor, Instant now, LocalDate today) {
        String role = handlingRole(actor, "a special procedure");
        if (openPause().isPresent()) {
            throw Refusal.toException(Refusal.conflict("review.case-paused",
                    "case " + caseNumber() + " is already paused: " + openPause().get().reason()));
        }
        if (kind == null || !kind.specialProcedure()) {
            throw Refusal.toException(Refusal.invalid("kind", "review.special-procedure-kind",
                    "a special procedure is HEARING, TESTING or EXPERT_REVIEW; ask for materials with a supplement request"));
        }
        if (reason == null || reason.isBlank()) {
            throw Refusal.toException(Refusal.invalid("reason", "review.reason-required", "a pause of the clock needs a reason"));
        }
        UUID pauseId = UUID.randomUUID();
        pauses.add(new Pause(pauseId, kind, reason, actor.userId(), today, null, 0));
        audit(now, actor.auditActor(role), "CLOCK_PAUSED",
                kind + " (pause " + pauseId + "): " + reason);
        return pauseId;
    }

    /** Ends a special procedure: the clock runs again from the next day and the deadlines move by the paused working days. */
    public Pause endSpecialProcedure(UUID pauseId, ActingUser actor, Instant now, LocalDate today, WorkingDays calendar) {
        Pause pause = pauses.stream().filter(p -> p.pauseId().equals(pauseId)).findFirst()
                .orElseThrow(() -> Refusal.toException(Refusal.notFound("pause", String.valueOf(pauseId))));
        String role = handlingRole(actor, "ending a special procedure");
        if (!pause.kind().specialProcedure()) {
            throw Refusal.toException(Refusal.conflict("review.supplement-pause",
                    "pause " + pauseId + " awaits a supplement (补正); it ends when intake receives the materials"));
        }
        if (!pause.open()) {
            throw Refusal.toException(Refusal.conflict("review.pause-not-open",
                    "pause " + pauseId + " (" + pause.kind() + ") already ended on " + pause.resumedOn()));
        }
        return resume(pause, today, now, calendar, actor.auditActor(role));
    }

    private Pause resume(Pause pause, LocalDate on, Instant now, WorkingDays calendar, AuditActor by) {
        LocalDate end = on.isBefore(pause.pausedOn()) ? pause.pausedOn() : on; // a notice dated before the request ends it at once
        int lost = calendar.workingDaysBetween(pause.pausedOn(), end);
        Pause resumed = pause.resumed(end, lost);
        pauses.set(pauses.indexOf(pause), resumed);
        CaseDeadlines before = deadlines;
        deadlines = CaseDeadlines.of(clock(calendar));
        refreshStepDeadlines(calendar);
        audit(now, by, "CLOCK_RESUMED",
                pause.kind() + ": " + lost + " working days paused; promised " + before.promised() + " -> " + deadlines.promised()
                        + ", statutory " + before.statutory() + " -> " + deadlines.statutory());
        return resumed;
    }

    /**
     * 延期 (Art. 42): the agency head extends the statutory limit, once per case, by at most
     * {@link ExtensionRules#maxFor} working days, and only while the statutory deadline has not passed. The
     * approver is a CHECKER of the implementing department (the platform has no agency-head role). Only the
     * statutory deadline moves.
     */
    public StatutoryExtension extendStatutoryLimit(int workingDays, String reason, ActingUser actor, Instant now,
                                                   LocalDate today, WorkingDays calendar, ExtensionRules rules) {
        if (status != CaseStatus.OPEN) {
            throw Refusal.toException(Refusal.conflict("review.case-decided",
                    "case " + caseNumber() + " is already decided (" + status + ")"));
        }
        String approving = approvingDepartment();
        if (!approving.equals(actor.department())) {
            throw Refusal.toException(Refusal.forbidden("review.wrong-department",
                    "an extension of case " + caseNumber() + " is approved by the implementing department " + approving
                            + ", not by " + actor.department()));
        }
        if (!actor.hasRole(OpinionPolicies.CHECKER)) {
            throw Refusal.toException(Refusal.forbidden("review.role-required",
                    "an extension is approved by the agency head: role CHECKER of department " + approving));
        }
        if (extension != null) {
            throw Refusal.toException(Refusal.conflict("review.already-extended",
                    "case " + caseNumber() + " was already extended by " + extension.workingDays() + " working days on "
                            + extension.approvedOn() + "; the statutory limit is extended once"));
        }
        CaseClock clock = clock(calendar);
        if (clock.statutoryWorkingDaysLeft(today) < 0) {
            throw Refusal.toException(Refusal.conflict("review.statutory-deadline-passed",
                    "the statutory deadline of case " + caseNumber() + " passed on " + deadlines.statutory()
                            + "; an extension is granted before it"));
        }
        int max = rules.maxFor(opening);
        if (workingDays < 1 || workingDays > max) {
            throw Refusal.toException(Refusal.invalid("workingDays", "review.extension-limit",
                    "an extension adds 1 to " + max + " working days" + (rules.joint(opening) ? " (joint handling)" : "")
                            + "; asked for " + workingDays));
        }
        if (reason == null || reason.isBlank()) {
            throw Refusal.toException(Refusal.invalid("reason", "review.reason-required", "an extension needs a reason"));
        }
        extension = new StatutoryExtension(workingDays, reason, actor.userId(), OpinionPolicies.CHECKER, today, now);
        CaseDeadlines before = deadlines;
        deadlines = CaseDeadlines.of(clock(calendar));
        audit(now, actor.auditActor(OpinionPolicies.CHECKER), "STATUTORY_EXTENDED",
                "+" + workingDays + " working days: " + reason + "; statutory " + before.statutory() + " -> "
                        + deadlines.statutory());
        return extension;
    }

    /** The department whose head approves an extension: the implementing one, else the first of the route. */
    public String approvingDepartment() {
        return opening.implementingDepartment() != null ? opening.implementingDepartment() : opening.departments().getFirst();
    }

    /** Who may pause or resume the clock for a special procedure: REVIEWER or CHECKER of a department with an open task. */
    private String handlingRole(ActingUser actor, String what) {
        if (status != CaseStatus.OPEN) {
            throw Refusal.toException(Refusal.conflict("review.case-decided",
                    "case " + caseNumber() + " is already decided (" + status + ")"));
        }
        boolean handling = tasks.stream().anyMatch(t -> t.status() == TaskStatus.OPEN && t.department().equals(actor.department()));
        if (!handling) {
            throw Refusal.toException(Refusal.forbidden("review.wrong-department",
                    what + " is decided by a department with an open task on case " + caseNumber() + ", not by "
                            + actor.department()));
        }
        String role = actor.hasRole(OpinionPolicies.REVIEWER) ? OpinionPolicies.REVIEWER
                : actor.hasRole(OpinionPolicies.CHECKER) ? OpinionPolicies.CHECKER : null;
        if (role == null) {
            throw Refusal.toException(Refusal.forbidden("review.role-required", what + " needs role REVIEWER or CHECKER"));
        }
        return role;
    }

    /** Supervision suspended or revoked the licence (invariant 5); the case shows it. */
    public void licenceActionTaken(LicenceStatus newStatus, String actedBy, String note, Instant now) {
        if (decision == null || decision.licence() == null) {
            return; // no licence on this case: nothing to mark
        }
        decision = decision.withLicence(decision.licence().withStatus(newStatus));
        audit(now, CaseActors.supervisor(actedBy), "LICENCE_" + newStatus, note);
    }

    /**
     * 电子监察: raises YELLOW from {@code yellowDaysBefore} working days before the promised deadline and RED past
     * it, each once per case, while the case is open and its clock runs.
     */
    public void raiseDueWarnings(LocalDate today, int yellowDaysBefore, WorkingDays calendar) {
        if (status != CaseStatus.OPEN || openPause().isPresent()) {
            return;
        }
        WarningPolicy policy = new WarningPolicy(yellowDaysBefore);
        levelOf(clock(calendar).withWarningPolicy(policy).warning(today))
                .filter(raisedWarnings::add)
                .ifPresent(level -> changes.registerEvent(new ReviewEvent.DeadlineWarning(caseNumber(), opening.itemCode(), level,
                        WarningScope.CASE, null, null, deadlines.promised(), today, openDepartments())));
        for (DepartmentTask task : tasks) {
            if (task.status() != TaskStatus.OPEN || task.openedOn() == null) {
                continue;
            }
            levelOf(stepClock(task, calendar).withWarningPolicy(policy).warning(today))
                    .filter(task::raiseWarning)
                    .ifPresent(level -> changes.registerEvent(new ReviewEvent.DeadlineWarning(caseNumber(), opening.itemCode(), level,
                            WarningScope.STEP, task.taskId(), task.department(), task.deadline(), today, List.of(task.department()))));
        }
    }

    private static Optional<WarningLevel> levelOf(org.onewindow.platform.clock.WarningLevel level) {
        return switch (level) {
            case RED -> Optional.of(WarningLevel.RED);
            case YELLOW -> Optional.of(WarningLevel.YELLOW);
            case NONE -> Optional.empty();
        };
    }

    private List<String> openDepartments() {
        return tasks.stream().filter(t -> t.status() == TaskStatus.OPEN).map(DepartmentTask::department).toList();
    }

    /** The legal clock (platform-clock) of this case: acceptance day, limits, every pause so far and the extension. */
    private CaseClock clock(WorkingDays calendar) {
        CaseClock clock = CaseClock.restore(calendar.calendar(), opening.acceptedOn(), opening.promisedLimit(),
                opening.statutoryLimit(), clockPauses(opening.acceptedOn()), List.of(), WarningPolicy.DEFAULT);
        return extension == null ? clock
                : clock.extended(new Extension(extension.workingDays(), extension.approvedBy(), extension.reason()));
    }

    /**
     * The clock of one step: its limit counted from the day the task opened, the case's pauses since then skipped.
     * A step has no statutory limit of its own; it is set to the step limit.
     */
    private CaseClock stepClock(DepartmentTask task, WorkingDays calendar) {
        return CaseClock.restore(calendar.calendar(), task.openedOn(), task.limitWorkingDays(), task.limitWorkingDays(),
                clockPauses(task.openedOn()), List.of(), WarningPolicy.DEFAULT);
    }

    /** The case's pauses as platform-clock pauses, those over before {@code from} left out and the rest cut at it. */
    private List<org.onewindow.platform.clock.Pause> clockPauses(LocalDate from) {
        return pauses.stream()
                .filter(p -> p.open() || p.resumedOn().isAfter(from))
                .map(p -> new org.onewindow.platform.clock.Pause(p.pausedOn().isBefore(from) ? from : p.pausedOn(),
                        p.resumedOn(), p.reason(), p.pausedBy()))
                .toList();
    }

    /**
     * Recomputes the deadline of every open task from its step clock; true when one moved (or was missing). A moved
     * deadline is a change to save that tells nobody (no event, no audit line).
     */
    public boolean refreshStepDeadlines(WorkingDays calendar) {
        boolean changed = false;
        for (DepartmentTask task : tasks) {
            if (task.status() == TaskStatus.OPEN && task.openedOn() != null) {
                changed |= task.deadlineIs(stepClock(task, calendar).promisedDeadline());
            }
        }
        if (changed) {
            changes.stateChanged();
        }
        return changed;
    }

    /** The case is overdue when its promised deadline has passed while it is open and its clock runs. */
    public boolean overdue(LocalDate today) {
        return status == CaseStatus.OPEN && openPause().isEmpty() && today.isAfter(deadlines.promised());
    }

    /** A step is overdue when its own deadline has passed and it is still open, whether or not the case is overdue. */
    public boolean overdue(DepartmentTask task, LocalDate today) {
        return status == CaseStatus.OPEN && openPause().isEmpty() && task.status() == TaskStatus.OPEN
                && task.deadline() != null && today.isAfter(task.deadline());
    }

    public DepartmentTask task(UUID taskId) {
        return tasks.stream().filter(t -> t.taskId().equals(taskId)).findFirst()
                .orElseThrow(() -> Refusal.toException(Refusal.notFound("task", String.valueOf(taskId))));
    }

    public Optional<Pause> openPause() {
        return pauses.stream().filter(Pause::open).findFirst();
    }

    /** Everyone who reviewed or checked a step of this case. */
    public Set<String> participants() {
        Set<String> users = new LinkedHashSet<>();
        for (DepartmentTask task : tasks) {
            if (task.review() != null) {
                users.add(task.review().userId());
            }
            if (task.check() != null) {
                users.add(task.check().userId());
            }
        }
        return users;
    }

    private static String roleFor(StepKind step, ActingUser actor) {
        if (step == StepKind.CHECK) {
            return OpinionPolicies.CHECKER;
        }
        return actor.hasRole(OpinionPolicies.REVIEWER) ? OpinionPolicies.REVIEWER : OpinionPolicies.WINDOW_CLERK;
    }

    private static String primaryRole(ActingUser actor) {
        return actor.roles().stream().sorted().findFirst().orElse("NONE");
    }

    private static String userOf(StepRecord step) {
        return step == null ? null : step.userId();
    }

    private static List<String> reasonsOf(DepartmentTask task) {
        List<String> reasons = new ArrayList<>();
        if (task.review() != null) {
            reasons.addAll(task.review().reasons());
        }
        if (task.check() != null) {
            reasons.addAll(task.check().reasons());
        }
        return reasons;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public Changes<ReviewEvent> changes() {
        return changes;
    }

    /** The store saved the case as {@code newVersion} (the command path drains the changes afterwards). */
    public void stored(long newVersion) {
        version = newVersion;
    }

    private void audit(Instant at, AuditActor by, String action, String detail) {
        changes.audit(AuditEntry.of(at, action, by, detail));
    }

    public String caseNumber() {
        return opening.caseNumber();
    }

    public CaseOpening opening() {
        return opening;
    }

    public boolean immediate() {
        return opening.immediate();
    }

    public String acceptedBy() {
        return opening.acceptedBy();
    }

    public CaseStatus status() {
        return status;
    }

    public List<DepartmentTask> tasks() {
        return Collections.unmodifiableList(tasks);
    }

    public CaseDeadlines deadlines() {
        return deadlines;
    }

    public List<Pause> pauses() {
        return Collections.unmodifiableList(pauses);
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
