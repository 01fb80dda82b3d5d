package org.onewindow.review.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One department's part of a case. With two-person review (一审一核) it has a REVIEW step (审核) then a CHECK
 * step (核准); otherwise the REVIEW step alone decides it. A named deputy (AB岗) may be assigned to cover
 * the task's next step.
 *
 * <p>Its own clock (a step of the route): {@code limitWorkingDays} counted from {@code openedOn} (the day it opened:
 * acceptance for the first tasks, the previous approval for later serial ones), pauses of the case skipped, gives
 * {@code deadline}; {@code raisedWarnings} remembers the step warnings already raised.
 *
 * <p>It has a version of its own: an opinion or a deputy is about one task, so a client's {@code If-Match} is checked
 * against the task's version, and departments working in parallel never refuse each other's.
 */
public final class DepartmentTask {

    private final UUID taskId;
    private final String department;
    private final int position;
    private final boolean twoPersonReview;
    private TaskStatus status;
    private StepRecord review;
    private StepRecord check;
    private String deputyUserId;
    private String deputyFor;
    private final int limitWorkingDays;
    private LocalDate openedOn;
    private LocalDate deadline;
    private final Set<WarningLevel> raisedWarnings;
    private long version;
    private boolean changed;

    public DepartmentTask(UUID taskId, String department, int position, boolean twoPersonReview, TaskStatus status,
                          StepRecord review, StepRecord check, String deputyUserId, String deputyFor, int limitWorkingDays,
                          LocalDate openedOn, LocalDate deadline, Set<WarningLevel> raisedWarnings,
                          long version) {
        this.taskId = Objects.requireNonNull(taskId);
        this.department = Objects.requireNonNull(department);
        this.position = position;
        this.twoPersonReview = twoPersonReview;
        this.status = Objects.requireNonNull(status);
        this.review = review;
        this.check = check;
        this.deputyUserId = deputyUserId;
        this.deputyFor = deputyUserId == null ? null : deputyFor;
        this.limitWorkingDays = limitWorkingDays;
        this.openedOn = openedOn;
        this.deadline = deadline;
        this.raisedWarnings = raisedWarnings == null || raisedWarnings.isEmpty() ? EnumSet.noneOf(WarningLevel.class)
                : EnumSet.copyOf(raisedWarnings);
        this.version = version;
    }

    /** A new task; an open one (not {@code waiting}) starts its step clock on {@code openedOn}. */
    static DepartmentTask open(String department, int position, boolean twoPersonReview, boolean waiting,
                               int limitWorkingDays, LocalDate openedOn) {
        return new DepartmentTask(UUID.randomUUID(), department, position, twoPersonReview,
                waiting ? TaskStatus.WAITING : TaskStatus.OPEN, null, null, null, null, limitWorkingDays,
                waiting ? null : openedOn, null, Set.of(), 0);
    }

    /** The step to complete next, or null when none is left. */
    public StepKind nextStep() {
        if (status != TaskStatus.OPEN) {
            return null;
        }
        if (review == null) {
            return StepKind.REVIEW;
        }
        return twoPersonReview && check == null ? StepKind.CHECK : null;
    }

    public StepRecord step(StepKind kind) {
        return kind == StepKind.REVIEW ? review : check;
    }

    void complete(StepRecord record) {
        if (record.step() == StepKind.REVIEW) {
            review = record;
        } else {
            check = record;
        }
        // the deputy covered the step just completed; the next step is the department's again
        deputyUserId = null;
        deputyFor = null;
        changed = true;
        if (record.opinion() == Opinion.REJECT) {
            status = TaskStatus.REJECTED;
        } else if (nextStepAfterApproval(record.step()) == null) {
            status = TaskStatus.APPROVED;
        }
    }

    private StepKind nextStepAfterApproval(StepKind done) {
        return done == StepKind.REVIEW && twoPersonReview ? StepKind.CHECK : null;
    }

    void openNow(LocalDate today) {
        status = TaskStatus.OPEN;
        openedOn = today;
        changed = true;
    }

    /** Sets the step deadline; true when it changed. */
    boolean deadlineIs(LocalDate newDeadline) {
        boolean changed = !Objects.equals(deadline, newDeadline);
        deadline = newDeadline;
        this.changed |= changed;
        return changed;
    }

    /** Records a step warning; false when this level was already raised for this task. */
    boolean raiseWarning(WarningLevel level) {
        boolean raised = raisedWarnings.add(level);
        changed |= raised;
        return raised;
    }

    void cancel() {
        status = TaskStatus.CANCELLED;
        changed = true;
    }

    /** AB岗: {@code userId} covers the next step, standing in for {@code standsInFor} (who named them). */
    void assignDeputy(String userId, String standsInFor) {
        deputyUserId = userId;
        deputyFor = standsInFor;
        changed = true;
    }

    public UUID taskId() {
        return taskId;
    }

    public String department() {
        return department;
    }

    public int position() {
        return position;
    }

    public boolean twoPersonReview() {
        return twoPersonReview;
    }

    public TaskStatus status() {
        return status;
    }

    public StepRecord review() {
        return review;
    }

    public StepRecord check() {
        return check;
    }

    /** Who completed the REVIEW step, or null. */
    public String reviewedBy() {
        return review == null ? null : review.userId();
    }

    /** Who completed the CHECK step, or null. */
    public String checkedBy() {
        return check == null ? null : check.userId();
    }

    /** The reasons given at either step (a rejection's), review first. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        if (review != null) {
            reasons.addAll(review.reasons());
        }
        if (check != null) {
            reasons.addAll(check.reasons());
        }
        return reasons;
    }

    public String deputyUserId() {
        return deputyUserId;
    }

    /** Whom the named deputy stands in for (may act for, {@code X-On-Behalf-Of}); null without a deputy. */
    public String deputyFor() {
        return deputyFor;
    }

    public int limitWorkingDays() {
        return limitWorkingDays;
    }

    /** The day the task opened (its step clock starts); null while WAITING. */
    public LocalDate openedOn() {
        return openedOn;
    }

    /** The step deadline; null while WAITING. */
    public LocalDate deadline() {
        return deadline;
    }

    public Set<WarningLevel> raisedWarnings() {
        return Collections.unmodifiableSet(raisedWarnings);
    }

    /** The stored version this task was read with: what an opinion's or a deputy's {@code If-Match} is about. */
    public long version() {
        return version;
    }

    /** True when a command changed this task since it was loaded (or stored): the store writes only those. */
    public boolean changed() {
        return changed;
    }

    /** The store saved the task as {@code newVersion}. */
    public void stored(long newVersion) {
        version = newVersion;
        changed = false;
    }
}
