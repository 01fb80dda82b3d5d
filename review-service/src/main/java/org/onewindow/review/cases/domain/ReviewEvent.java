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
        ReviewEvent.SupplementRequested, ReviewEvent.DeadlineWarning {

    CaseNumber caseNumber();

    record Opened(CaseNumber caseNumber, String itemCode, RouteMode mode, List<DepartmentTask> tasks,
                  CaseDeadlines deadlines, Instant openedAt) implements ReviewEvent {
    }

    record TaskCompleted(CaseNumber caseNumber, UUID taskId, String department, TaskStatus outcome,
                         String reviewedBy, String checkedBy, List<String> reasons, Instant completedAt) implements ReviewEvent {
    }

    /** {@code participants}: everyone who reviewed or checked, so supervision can keep 审管分离. */
    record DecisionMade(CaseNumber caseNumber, CaseOpening opening, Decision decision, Set<String> participants)
            implements ReviewEvent {
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
