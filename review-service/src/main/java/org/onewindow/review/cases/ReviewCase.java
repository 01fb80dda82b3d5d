package org.onewindow.review.cases;

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
import org.onewindow.platform.clock.WarningPolicy;
import org.onewindow.platform.clock.WorkingDays;

/**
 * A review case (审批办件 in the back office): one per accepted application (invariant 1). It holds the
 * department tasks of the route, the clock (deadlines and pauses), the decision and licence, and the audit
 * trail. Every state change registers the event it announces; the caller publishes {@link #pendingEvents()}
 * in the same transaction that stores the case.
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

    public record DeadlineWarning(String caseNumber, String itemCode, WarningLevel level, LocalDate promisedDeadline,
                                  LocalDate raisedOn, List<String> openDepartments) implements Event {
    }

    private final CaseOpening opening;
    private final List<DepartmentTask> tasks;
    private final List<Pause> pauses;
    private final List<AuditEntry> audit;
    private final Set<WarningLevel> raisedWarnings;
    private final List<Event> pendingEvents = new ArrayList<>();
    private CaseStatus status;
    private CaseDeadlines deadlines;
    private Decision decision;

    /** Rebuilds a stored case; use {@link #open} for a new one. */
    public ReviewCase(CaseOpening opening, CaseStatus status, List<DepartmentTask> tasks, CaseDeadlines deadlines,
                      List<Pause> pauses, Decision decision, List<AuditEntry> audit, Set<WarningLevel> raisedWarnings) {
        this.opening = opening;
        this.status = status;
        this.tasks = new ArrayList<>(tasks);
        this.deadlines = deadlines;
        this.pauses = new ArrayList<>(pauses);
        this.decision = decision;
        this.audit = new ArrayList<>(audit);
        this.raisedWarnings = raisedWarnings.isEmpty() ? EnumSet.noneOf(WarningLevel.class) : EnumSet.copyOf(raisedWarnings);
    }

    /** Opens the case with its tasks (parallel: all open; serial: the first open, the rest waiting) and its clock. */
    public static ReviewCase open(CaseOpening opening, WorkingDays calendar, Instant now) {
        List<DepartmentTask> tasks = new ArrayList<>();
        for (int i = 0; i < opening.departments().size(); i++) {
            boolean waiting = opening.mode() == RouteMode.SERIAL && i > 0;
            tasks.add(DepartmentTask.open(opening.departments().get(i), i + 1, opening.twoPersonReview(), waiting));
        }
        CaseDeadlines deadlines = CaseDeadlines.of(
                CaseClock.start(calendar.calendar(), opening.acceptedOn(), opening.promisedLimit(), opening.statutoryLimit()));
        ReviewCase reviewCase = new ReviewCase(opening, CaseStatus.OPEN, tasks, deadlines, List.of(), null, List.of(), Set.of());
        reviewCase.audit.add(new AuditEntry(now, "system", "SYSTEM", null, "CASE_OPENED",
                opening.mode() + " route " + opening.departments() + ", promised " + deadlines.promised()
                        + ", statutory " + deadlines.statutory()));
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
        OpinionPolicies.firstRefusal(this, task, actor, request).ifPresent(refusal -> {
            throw Refusal.toException(refusal);
        });
        String role = roleFor(request.step(), actor);
        task.complete(new StepRecord(request.step(), actor.userId(), role, request.opinion(), request.reasons(),
                request.comment(), now));
        audit.add(new AuditEntry(now, actor.userId(), role, actor.onBehalfOf(), request.step() + "_" + request.opinion(),
                "task " + task.taskId() + " (" + task.department() + ")"
                        + (request.reasons().isEmpty() ? "" : ": " + String.join("; ", request.reasons()))));
        if (task.status().finished()) {
            taskFinished(task, now, today, calendar, terms, licenceSequence);
        }
    }

    private void taskFinished(DepartmentTask task, Instant now, LocalDate today, WorkingDays calendar,
                              LicenceTerms terms, LongSupplier licenceSequence) {
        pendingEvents.add(new TaskCompleted(caseNumber(), task.taskId(), task.department(), task.status(),
                userOf(task.review()), userOf(task.check()), reasonsOf(task), now));
        if (task.status() == TaskStatus.REJECTED) {
            tasks.stream().filter(other -> !other.status().finished()).forEach(DepartmentTask::cancel);
            decide(new Decision(CaseStatus.REJECTED, today, now, reasonsOf(task), null), now);
            return;
        }
        Optional<DepartmentTask> waiting = tasks.stream().filter(t -> t.status() == TaskStatus.WAITING).findFirst();
        if (opening.mode() == RouteMode.SERIAL && waiting.isPresent()) {
            waiting.get().openNow();
            audit.add(new AuditEntry(now, "system", "SYSTEM", null, "TASK_OPENED",
                    "task " + waiting.get().taskId() + " (" + waiting.get().department() + ") after serial approval"));
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
        audit.add(new AuditEntry(now, "system", "SYSTEM", null, "DECIDED_" + made.outcome(),
                made.licence() == null ? String.join("; ", made.reasons()) : "licence " + made.licence().number()));
        pendingEvents.add(new DecisionMade(caseNumber(), opening, made, participants()));
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
        audit.add(new AuditEntry(now, actor.userId(), primaryRole(actor), actor.onBehalfOf(), "DEPUTY_ASSIGNED",
                "task " + taskId + " (" + task.department() + ") to deputy " + deputyUserId));
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
        pauses.add(new Pause(requestId, reason, actor.userId(), today, null, 0));
        audit.add(new AuditEntry(now, actor.userId(), OpinionPolicies.REVIEWER, actor.onBehalfOf(), "CLOCK_PAUSED",
                reason + ": " + materials.stream().map(SupplementMaterial::code).toList()));
        pendingEvents.add(new SupplementRequested(caseNumber(), requestId, taskId, task.department(), List.copyOf(materials),
                actor.userId(), now));
        return requestId;
    }

    /**
     * The supplement answering {@code requestId} arrived: the clock runs again and the deadlines move by the
     * working days paused.
     */
    public void supplementReceived(UUID requestId, LocalDate receivedOn, Instant now, WorkingDays calendar) {
        Optional<Pause> open = openPause().filter(p -> requestId == null || requestId.equals(p.requestId()));
        if (open.isEmpty()) {
            return; // nothing awaited under that request: a late or repeated notice changes nothing
        }
        Pause pause = open.get();
        int lost = calendar.workingDaysBetween(pause.pausedOn(), receivedOn);
        pauses.set(pauses.indexOf(pause), pause.resumed(receivedOn, lost));
        CaseDeadlines before = deadlines;
        deadlines = CaseDeadlines.of(clock(calendar));
        audit.add(new AuditEntry(now, "system", "SYSTEM", null, "CLOCK_RESUMED",
                lost + " working days paused; promised " + before.promised() + " -> " + deadlines.promised()));
    }

    /** Supervision suspended or revoked the licence (invariant 5); the case shows it. */
    public void licenceActionTaken(LicenceStatus newStatus, String actedBy, String note, Instant now) {
        if (decision == null || decision.licence() == null) {
            return; // no licence on this case: nothing to mark
        }
        decision = decision.withLicence(decision.licence().withStatus(newStatus));
        audit.add(new AuditEntry(now, actedBy, "SUPERVISOR", null, "LICENCE_" + newStatus, note));
    }

    /**
     * 电子监察: raises YELLOW from {@code yellowDaysBefore} working days before the promised deadline and RED past
     * it, each once per case, while the case is open and its clock runs.
     */
    public void raiseDueWarnings(LocalDate today, int yellowDaysBefore, WorkingDays calendar) {
        if (status != CaseStatus.OPEN || openPause().isPresent()) {
            return;
        }
        switch (clock(calendar).withWarningPolicy(new WarningPolicy(yellowDaysBefore)).warning(today)) {
            case RED -> raise(WarningLevel.RED, today);
            case YELLOW -> raise(WarningLevel.YELLOW, today);
            case NONE -> {
            }
        }
    }

    /** The legal clock (platform-clock) of this case: acceptance day, limits and every pause so far. */
    private CaseClock clock(WorkingDays calendar) {
        List<org.onewindow.platform.clock.Pause> stops = pauses.stream()
                .map(p -> new org.onewindow.platform.clock.Pause(p.pausedOn(), p.resumedOn(), p.reason(), p.pausedBy()))
                .toList();
        return CaseClock.restore(calendar.calendar(), opening.acceptedOn(), opening.promisedLimit(), opening.statutoryLimit(),
                stops, List.of(), WarningPolicy.DEFAULT);
    }

    private void raise(WarningLevel level, LocalDate today) {
        if (raisedWarnings.add(level)) {
            List<String> open = tasks.stream().filter(t -> t.status() == TaskStatus.OPEN).map(DepartmentTask::department).toList();
            pendingEvents.add(new DeadlineWarning(caseNumber(), opening.itemCode(), level, deadlines.promised(), today, open));
        }
    }

    /** A step is overdue when the case's promised deadline has passed and the step is still open. */
    public boolean overdue(LocalDate today) {
        return status == CaseStatus.OPEN && openPause().isEmpty() && today.isAfter(deadlines.promised());
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

    public List<AuditEntry> audit() {
        return Collections.unmodifiableList(audit);
    }

    public Set<WarningLevel> raisedWarnings() {
        return Collections.unmodifiableSet(raisedWarnings);
    }
}
