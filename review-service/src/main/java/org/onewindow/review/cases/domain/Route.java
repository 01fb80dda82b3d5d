package org.onewindow.review.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The department tasks of a case in route order (DESIGN §5 Review: "parallel or serial department tasks as the
 * version says"): parallel, all open at acceptance; serial, the first open and each next one opened by the previous
 * approval.
 */
public final class Route {

    private final RouteMode mode;
    private final List<DepartmentTask> tasks;

    Route(RouteMode mode, List<DepartmentTask> tasks) {
        this.mode = mode;
        this.tasks = new ArrayList<>(tasks);
    }

    /** The tasks of a new case, open on the day of acceptance (serial: the rest waiting), each with its step limit. */
    static Route open(CaseOpening opening, StepLimits stepLimits) {
        List<DepartmentTask> tasks = new ArrayList<>();
        int stepLimit = stepLimits.limitFor(opening);
        for (int i = 0; i < opening.departments().size(); i++) {
            boolean waiting = opening.mode() == RouteMode.SERIAL && i > 0;
            tasks.add(DepartmentTask.open(opening.departments().get(i), i + 1, opening.twoPersonReview(), waiting,
                    stepLimit, opening.acceptedOn()));
        }
        return new Route(opening.mode(), tasks);
    }

    /** The task with this id; 404 when the case has none. */
    DepartmentTask task(UUID taskId) {
        return tasks.stream().filter(t -> t.taskId().equals(taskId)).findFirst()
                .orElseThrow(() -> Refusal.toException(Refusal.notFound("task", String.valueOf(taskId))));
    }

    /** The OPEN tasks whose step clock runs (they have an opening day). */
    List<DepartmentTask> running() {
        return tasks.stream().filter(t -> t.status() == TaskStatus.OPEN && t.openedOn() != null).toList();
    }

    /** True when {@code department} has an OPEN task on the case. */
    boolean handledBy(String department) {
        return tasks.stream().anyMatch(t -> t.status() == TaskStatus.OPEN && t.department().equals(department));
    }

    List<String> openDepartments() {
        return tasks.stream().filter(t -> t.status() == TaskStatus.OPEN).map(DepartmentTask::department).toList();
    }

    /** Serial route: opens the first WAITING task on {@code today} and returns it; empty when none is left or parallel. */
    Optional<DepartmentTask> openNextSerial(LocalDate today) {
        Optional<DepartmentTask> waiting = tasks.stream().filter(t -> t.status() == TaskStatus.WAITING).findFirst();
        if (mode != RouteMode.SERIAL || waiting.isEmpty()) {
            return Optional.empty();
        }
        waiting.get().openNow(today);
        return waiting;
    }

    boolean allApproved() {
        return tasks.stream().allMatch(t -> t.status() == TaskStatus.APPROVED);
    }

    /** A rejection decides the case: the tasks still open or waiting are cancelled. */
    void cancelUnfinished() {
        tasks.stream().filter(t -> !t.status().finished()).forEach(DepartmentTask::cancel);
    }

    /** Everyone who reviewed or checked a step, in route order (审管分离 needs them). */
    Set<String> participants() {
        Set<String> users = new LinkedHashSet<>();
        for (DepartmentTask task : tasks) {
            Optional.ofNullable(task.reviewedBy()).ifPresent(users::add);
            Optional.ofNullable(task.checkedBy()).ifPresent(users::add);
        }
        return users;
    }

    public List<DepartmentTask> tasks() {
        return Collections.unmodifiableList(tasks);
    }
}
