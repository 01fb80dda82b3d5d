package org.onewindow.review.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.AuditEntry;

/**
 * The wording of a case's audit trail (DESIGN §5: "each pause with a reason and an audit record", "every action
 * records who acted for whom"), in one place: every entry's action code and detail text. Operators and 电子监察
 * read these lines, so their wording is kept stable ({@code AuditWordingTest}).
 */
final class AuditWording {

    /** How the platform names what review itself caused (a consumed event, the warning scan). */
    static final String PRINCIPAL = "system:review";

    /**
     * Who acts when the case changes by itself (opening, serial hand-over, decision, a supplement's arrival): shown
     * as {@code system}/{@code SYSTEM} as it always was, caused by review.
     */
    static final AuditActor SYSTEM = new AuditActor("system", null, AuditActor.SYSTEM_ROLE, null, PRINCIPAL);

    private AuditWording() {
    }

    static AuditEntry caseOpened(CaseOpening opening, CaseDeadlines deadlines, Instant now) {
        return system(now, "CASE_OPENED", opening.mode() + " route " + opening.departments() + ", promised "
                + deadlines.promised() + ", statutory " + deadlines.statutory());
    }

    /** {@code REVIEW_APPROVE}, {@code CHECK_REJECT}, ...: the task, and a rejection's reasons. */
    static AuditEntry opinionGiven(OpinionRequest request, DepartmentTask task, ActingUser actor, String role, Instant now) {
        return AuditEntry.of(now, request.step() + "_" + request.opinion(), actor.auditActor(role),
                task(task) + (request.reasons().isEmpty() ? "" : ": " + String.join("; ", request.reasons())));
    }

    static AuditEntry serialTaskOpened(DepartmentTask task, Instant now) {
        return system(now, "TASK_OPENED", task(task) + " after serial approval, due " + task.deadline());
    }

    /** {@code DECIDED_APPROVED} with the licence number, {@code DECIDED_REJECTED} with the reasons. */
    static AuditEntry decided(Decision decision, Instant now) {
        return system(now, "DECIDED_" + decision.outcome(), decision.licence() == null
                ? String.join("; ", decision.reasons()) : "licence " + decision.licence().number());
    }

    static AuditEntry deputyAssigned(DepartmentTask task, String deputyUserId, ActingUser actor, Instant now) {
        return AuditEntry.of(now, "DEPUTY_ASSIGNED", actor.auditActor(actor.primaryRole()),
                task(task) + " to deputy " + deputyUserId);
    }

    /** The reason a supplement pause records (and a refused second pause quotes). */
    static String supplementPauseReason(DepartmentTask task) {
        return "supplement requested by " + task.department();
    }

    static AuditEntry supplementRequested(Pause pause, List<SupplementMaterial> materials, ActingUser actor, Instant now) {
        return AuditEntry.of(now, "CLOCK_PAUSED", actor.auditActor(OpinionPolicies.REVIEWER),
                pause.reason() + ": " + materials.stream().map(SupplementMaterial::code).toList());
    }

    /** A supplement request beyond the limit per task, sent (and so approved) by a CHECKER of the department. */
    static AuditEntry supplementApprovedBeyondLimit(Pause pause, List<SupplementMaterial> materials, ActingUser actor,
                                                    int limit, Instant now) {
        return AuditEntry.of(now, "CLOCK_PAUSED", actor.auditActor(OpinionPolicies.CHECKER),
                pause.reason() + ": " + materials.stream().map(SupplementMaterial::code).toList()
                        + " (beyond the limit of " + limit + " per task, approved by the checker)");
    }

    /** A published calendar year moved the stored deadlines (recorded by review itself). */
    static AuditEntry deadlinesRecomputed(int year, CaseDeadlines before, CaseDeadlines after, LocalDate dueBefore,
                                          LocalDate dueAfter, Instant now) {
        return system(now, "DEADLINES_RECOMPUTED", "calendar " + year + " published: promised " + before.promised()
                + " -> " + after.promised() + ", statutory " + before.statutory() + " -> " + after.statutory()
                + (dueAfter == null ? "" : ", licence issue due " + dueBefore + " -> " + dueAfter)
                + (after.provisional() ? " (still provisional)" : ""));
    }

    static AuditEntry specialProcedureStarted(Pause pause, ActingUser actor, String role, Instant now) {
        return AuditEntry.of(now, "CLOCK_PAUSED", actor.auditActor(role),
                pause.kind() + " (pause " + pause.pauseId() + "): " + pause.reason());
    }

    /** A supplement's arrival (by the system) or a special procedure's end: the days lost and how the deadlines moved. */
    static AuditEntry clockResumed(Pause resumed, CaseDeadlines before, CaseDeadlines after, AuditActor by, Instant now) {
        return AuditEntry.of(now, "CLOCK_RESUMED", by, resumed.kind() + ": " + resumed.workingDaysLost()
                + " working days paused; promised " + before.promised() + " -> " + after.promised()
                + ", statutory " + before.statutory() + " -> " + after.statutory());
    }

    static AuditEntry statutoryExtended(StatutoryExtension extension, ActingUser actor, CaseDeadlines before,
                                        CaseDeadlines after, Instant now) {
        return AuditEntry.of(now, "STATUTORY_EXTENDED", actor.auditActor(extension.role()),
                "+" + extension.workingDays() + " working days: " + extension.reason() + "; statutory " + before.statutory()
                        + " -> " + after.statutory());
    }

    /**
     * Supervision's suspension or revocation (invariant 5), with supervision's note as the detail: the officer named in
     * the event acted; review recorded it on consuming the event.
     */
    static AuditEntry licenceAction(LicenceStatus newStatus, String actedBy, String note, Instant now) {
        return AuditEntry.of(now, "LICENCE_" + newStatus, new AuditActor(actedBy, null, "SUPERVISOR", null, PRINCIPAL), note);
    }

    private static AuditEntry system(Instant now, String action, String detail) {
        return AuditEntry.of(now, action, SYSTEM, detail);
    }

    private static String task(DepartmentTask task) {
        return "task " + task.taskId() + " (" + task.department() + ")";
    }
}
