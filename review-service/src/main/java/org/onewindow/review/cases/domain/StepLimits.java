package org.onewindow.review.cases.domain;

/**
 * How long one department task (a step of the route) may take, in working days counted from the day it opened.
 * The law sets no split of the promised limit (承诺时限) between departments, so this is local policy:
 * {@code workingDays} when configured, else for a PARALLEL route the whole promised limit (every task opens on
 * acceptance, so its deadline is the case's promised deadline) and for a SERIAL route the promised limit divided
 * evenly between the tasks, rounded up. Fixed per task when the case opens, like the rest of the route snapshot.
 */
public record StepLimits(Integer workingDays) {

    public static final StepLimits DEFAULT = new StepLimits(null);

    public StepLimits {
        if (workingDays != null && workingDays < 0) {
            throw new IllegalArgumentException("a step limit cannot be negative");
        }
    }

    public int limitFor(CaseOpening opening) {
        if (workingDays != null) {
            return workingDays;
        }
        if (opening.mode() == RouteMode.PARALLEL) {
            return opening.promisedLimit();
        }
        int tasks = opening.departments().size();
        return (opening.promisedLimit() + tasks - 1) / tasks;
    }
}
