package org.onewindow.rating.statistics.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.onewindow.platform.kernel.RuleViolation;

/** What the statistics are grouped by: the rated department (实施主体), the item (事项) or the service centre. */
public enum Dimension {
    DEPARTMENT,
    ITEM,
    CENTRE;

    /** Reads {@code ?by=} (case-insensitive). */
    public static Dimension parse(String by) {
        if (by != null) {
            for (Dimension dimension : values()) {
                if (dimension.name().equalsIgnoreCase(by.strip())) {
                    return dimension;
                }
            }
        }
        throw new RuleViolation("by", "statistics.unknown-dimension", "by must be one of "
                + Arrays.stream(values()).map(d -> d.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
