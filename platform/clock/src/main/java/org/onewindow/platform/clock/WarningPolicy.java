package org.onewindow.platform.clock;

/**
 * When the lights turn: YELLOW from {@code yellowWorkingDaysBefore} working days before the promised deadline
 * (the deadline day included), RED once the deadline has passed.
 */
public record WarningPolicy(int yellowWorkingDaysBefore) {

    public static final WarningPolicy DEFAULT = new WarningPolicy(LegalDefaults.YELLOW_WARNING_WORKING_DAYS);

    public WarningPolicy {
        if (yellowWorkingDaysBefore < 0) {
            throw new IllegalArgumentException("yellowWorkingDaysBefore cannot be negative");
        }
    }

    /** The level given the working days left and whether the deadline (a date) has passed. */
    public WarningLevel level(int workingDaysLeft, boolean pastDeadline) {
        if (pastDeadline || workingDaysLeft < 0) {
            return WarningLevel.RED;
        }
        return workingDaysLeft <= yellowWorkingDaysBefore ? WarningLevel.YELLOW : WarningLevel.NONE;
    }
}
