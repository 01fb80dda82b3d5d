package org.onewindow.review.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.onewindow.platform.kernel.CaseNumber;

/**
 * What a review case announces, registered where its state changes ({@link ReviewCase#changes()}). Internal: the
 * messaging adapter's contract mapper turns each into the {@code review.*} contract integrators see, so these may
 * change freely.
 */
public sealed interface ReviewEvent permits ReviewEvent.Opened, ReviewEvent.TaskCompleted, ReviewEvent.DecisionMade,
        ReviewEvent.SupplementRequested, ReviewEvent.DeadlineWarning, ReviewEvent.DeadlineExtended,
        ReviewEvent.ProcedurePaused, ReviewEvent.ProcedureResumed, ReviewEvent.DeadlinesRecomputed {

    CaseNumber caseNumber();

    record Opened(CaseNumber caseNumber, String itemCode, RouteMode mode, List<DepartmentTask> tasks,
                  CaseDeadlines deadlines, Instant openedAt) implements ReviewEvent {
    }

    record TaskCompleted(CaseNumber caseNumber, UUID taskId, String department, TaskStatus outcome,
                         String reviewedBy, String checkedBy, List<String> reasons, Instant completedAt) implements ReviewEvent {
    }

    /**
     * {@code participants}: everyone who reviewed or checked, so supervision can keep 审管分离;
     * {@code licenceIssueDueProvisional}: the licence's Art. 44 due date counts days of an unpublished year.
     */
    record DecisionMade(CaseNumber caseNumber, CaseOpening opening, Decision decision, Set<String> participants,
                        boolean licenceIssueDueProvisional) implements ReviewEvent {
    }

    /** 延期 (Art. 42): told to the applicant with its reason; {@code deadlines} are the new ones. */
    record DeadlineExtended(CaseNumber caseNumber, CaseOpening opening, StatutoryExtension extension,
                            CaseDeadlines deadlines) implements ReviewEvent {
    }

    /** A special procedure of Art. 45 stopped the clock; told to the applicant in writing. */
    record ProcedurePaused(CaseNumber caseNumber, CaseOpening opening, Pause pause, Instant pausedAt)
            implements ReviewEvent {
    }

    /** The clock runs again (special procedure ended, supplement received); {@code deadlines} are the new ones. */
    record ProcedureResumed(CaseNumber caseNumber, Pause pause, CaseDeadlines deadlines, Instant resumedAt)
            implements ReviewEvent {
    }

    /** A published calendar year moved stored deadlines; every value is the one now in force. */
    record DeadlinesRecomputed(CaseNumber caseNumber, int calendarYear, CaseDeadlines deadlines, List<StepDeadline> steps,
                               LocalDate licenceIssueDueBy, Instant recomputedAt) implements ReviewEvent {
    }

    /** An open task's step deadline, provisional when it counts days of an unpublished year. */
    record StepDeadline(UUID taskId, String department, LocalDate deadline, boolean provisional) {
    }

    record SupplementRequested(CaseNumber caseNumber, UUID requestId, UUID taskId, String department,
                               List<SupplementMaterial> materials, String requestedBy, Instant requestedAt)
            implements ReviewEvent {
    }

    /** {@code taskId}, {@code department}: the late step when {@code scope} is STEP, else null. */
    record DeadlineWarning(CaseNumber caseNumber, String itemCode, WarningLevel level, WarningScope scope, UUID taskId,
                           String department, LocalDate deadline, LocalDate raisedOn, List<String> openDepartments)
            implements ReviewEvent {
    }
}
