package org.onewindow.review.cases.application;

import java.time.LocalDate;
import java.util.UUID;

import org.onewindow.review.cases.domain.StepKind;
import org.onewindow.review.cases.domain.TaskStatus;

/**
 * A row of a department's task list (待办): enough to pick the next case to work on. {@code deadline} is the
 * task's own step deadline (null while WAITING); the other two are the case's.
 */
public record TaskListItem(UUID taskId, String caseNumber, String itemCode, String itemName, String department,
                           TaskStatus status, StepKind nextStep, String deputyUserId, LocalDate promisedDeadline,
                           LocalDate statutoryDeadline, LocalDate deadline, boolean paused) {
}
