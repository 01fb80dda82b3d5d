package org.onewindow.review.cases;

import java.time.Instant;
import java.util.List;

/**
 * The wording of a case's audit trail (DESIGN §5: "each pause with a reason and an audit record", "every action
 * records who acted for whom"), in one place: every entry's action code and detail text. Operators and 电子监察
 * read these lines, so their wording is kept stable ({@code AuditWordingTest}).
 */
final class AuditWording {

    /** Who acts when the case changes by itself (opening, serial hand-over, decision, a supplement's arrival). */
    static final String SYSTEM_USER = "system";
    static final String SYSTEM_ROLE = "SYSTEM";

    private AuditWording() {
    }

    static AuditEntry caseOpened(CaseOpening opening, CaseDeadlines deadlines, Instant now) {
        return system(now, "CASE_OPENED", opening.mode() + " route " + opening.departments() + ", promised "
                + deadlines.promised() + ", statutory " + deadlines.statutory());
    }

    /** {@code REVIEW_APPROVE}, {@code CHECK_REJECT}, ...: the task, and a rejection's reasons. */
    static AuditEntry opinionGiven(OpinionRequest request, DepartmentTask task, ActingUser actor, String role, Instant now) {
        return new AuditEntry(now, actor.userId(), role, actor.onBehalfOf(), request.step() + "_" + request.opinion(),
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
        return new AuditEntry(now, actor.userId(), actor.primaryRole(), actor.onBehalfOf(), "DEPUTY_ASSIGNED",
                task(task) + " to deputy " + deputyUserId);
    }

    /** The reason a supplement pause records (and a refused second pause quotes). */
    static String supplementPauseReason(DepartmentTask task) {
        return "supplement requested by " + task.department();
    }

    static AuditEntry supplementRequested(Pause pause, List<SupplementMaterial> materials, ActingUser actor, Instant now) {
        return new AuditEntry(now, actor.userId(), OpinionPolicies.REVIEWER, actor.onBehalfOf(), "CLOCK_PAUSED",
                pause.reason() + ": " + materials.stream().map(SupplementMaterial::code).toList());
    }

    static AuditEntry specialProcedureStarted(Pause pause, ActingUser actor, String role, Instant now) {
        return new AuditEntry(now, actor.userId(), role, actor.onBehalfOf(), "CLOCK_PAUSED",
                pause.kind() + " (pause " + pause.pauseId() + "): " + pause.reason());
    }

    /** A supplement's arrival (by the system) or a special procedure's end: the days lost and how the deadlines moved. */
    static AuditEntry clockResumed(Pause resumed, CaseDeadlines before, CaseDeadlines after, String userId, String role,
                                   String onBehalfOf, Instant now) {
        return new AuditEntry(now, userId, role, onBehalfOf, "CLOCK_RESUMED", resumed.kind() + ": " + resumed.workingDaysLost()
                + " working days paused; promised " + before.promised() + " -> " + after.promised()
                + ", statutory " + before.statutory() + " -> " + after.statutory());
    }

    static AuditEntry statutoryExtended(StatutoryExtension extension, ActingUser actor, CaseDeadlines before,
                                        CaseDeadlines after, Instant now) {
        return new AuditEntry(now, actor.userId(), extension.role(), actor.onBehalfOf(), "STATUTORY_EXTENDED",
                "+" + extension.workingDays() + " working days: " + extension.reason() + "; statutory " + before.statutory()
                        + " -> " + after.statutory());
    }

    /** Supervision's suspension or revocation (invariant 5), with supervision's note as the detail. */
    static AuditEntry licenceAction(LicenceStatus newStatus, String actedBy, String note, Instant now) {
        return new AuditEntry(now, actedBy, "SUPERVISOR", null, "LICENCE_" + newStatus, note);
    }

    private static AuditEntry system(Instant now, String action, String detail) {
        return new AuditEntry(now, SYSTEM_USER, SYSTEM_ROLE, null, action, detail);
    }

    private static String task(DepartmentTask task) {
        return "task " + task.taskId() + " (" + task.department() + ")";
    }
}
