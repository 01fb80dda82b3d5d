package org.onewindow.rating.rectifications.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a rectification records for others (internal: mapped to {@code rating.RectificationOpened},
 * {@code rating.RectificationProgressed} and {@code rating.RectificationOverdue}).
 */
public sealed interface RectificationEvent {

    /** A bad rating opened the rectification. */
    record Opened(Rectification rectification) implements RectificationEvent {
    }

    /**
     * A step was taken; {@code status} is where the rectification stands after it.
     *
     * @param verdict founded (VERIFIED), satisfied (FOLLOWED_UP) or upheld (APPEAL_DECIDED); null for other steps
     * @param text    the reason, measures or note given with the step (personal data masked)
     */
    record Progressed(Rectification rectification, RectificationStep step, RectificationStatus status,
                      Boolean verdict, String text, String actorRole, OffsetDateTime at) implements RectificationEvent {
    }

    /** The current step passed its due date without being taken (raised once per step). */
    record Overdue(Rectification rectification, RectificationStatus status, LocalDate stepDueOn, OffsetDateTime at)
            implements RectificationEvent {
    }
}
