package org.onewindow.platform.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.Violation;

/**
 * A stop of the clock: a special procedure (听证, 检验检测, 专家评审: Art. 45) or a supplement request (补正)
 * after acceptance. Its time does not count towards the limits.
 *
 * <p>A pause covers the days in {@code (start, end]}: the day the clock stops still counts (work was done on it),
 * the day it restarts does not, just as the day of acceptance does not (counting resumes the next day).
 * A pause started and ended on the same day therefore removes nothing. {@code end == null}: still paused.
 */
public record Pause(LocalDate start, LocalDate end, String reason, String actor) {

    public Pause {
        List<Violation> violations = new ArrayList<>();
        if (start == null) {
            violations.add(new Violation("pause.start", "clock.pause-start-required", "a pause needs a start date"));
        } else if (end != null && end.isBefore(start)) {
            violations.add(new Violation("pause.end", "clock.pause-ends-before-start",
                    "a pause cannot end (" + end + ") before it starts (" + start + ")"));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation("pause.reason", "clock.pause-reason-required", "a pause needs a reason"));
        }
        if (actor == null || actor.isBlank()) {
            violations.add(new Violation("pause.actor", "clock.pause-actor-required", "a pause records who stopped the clock"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
    }

    /** A pause still running. */
    public static Pause open(LocalDate start, String reason, String actor) {
        return new Pause(start, null, reason, actor);
    }

    public Pause endedOn(LocalDate endDate) {
        return new Pause(start, endDate, reason, actor);
    }

    public boolean isOpen() {
        return end == null;
    }

    /** True when {@code day} does not count because of this pause: {@code start < day <= end}. */
    public boolean covers(LocalDate day) {
        return day.isAfter(start) && (end == null || !day.isAfter(end));
    }
}
