package org.onewindow.review.cases;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A stop of the clock (补正 after acceptance; special procedures of Art. 45). Open while {@code resumedOn}
 * is null. The deadlines move by the working days in (pausedOn, resumedOn].
 */
public record Pause(UUID requestId, String reason, String pausedBy, LocalDate pausedOn, LocalDate resumedOn, int workingDaysLost) {

    public boolean open() {
        return resumedOn == null;
    }

    Pause resumed(LocalDate on, int lost) {
        return new Pause(requestId, reason, pausedBy, pausedOn, on, lost);
    }
}
