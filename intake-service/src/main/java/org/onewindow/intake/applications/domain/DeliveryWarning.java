package org.onewindow.intake.applications.domain;

import org.onewindow.platform.clock.WarningLevel;

/** The delivery light as intake shows it: GREEN (in time), YELLOW (due soon), RED (the due date has passed). */
public enum DeliveryWarning {
    GREEN,
    YELLOW,
    RED;

    public static DeliveryWarning of(WarningLevel level) {
        return switch (level) {
            case NONE -> GREEN;
            case YELLOW -> YELLOW;
            case RED -> RED;
        };
    }

    public boolean above(DeliveryWarning other) {
        return other == null ? this != GREEN : ordinal() > other.ordinal();
    }
}
