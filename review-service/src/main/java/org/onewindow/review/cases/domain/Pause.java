package org.onewindow.review.cases.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A stop of the clock: a supplement request after acceptance (补正) or a special procedure of Art. 45 (听证,
 * 检验检测, 专家评审). Open while {@code resumedOn} is null. The deadlines move by the working days in
 * (pausedOn, resumedOn]. For a supplement {@code pauseId} is the request id intake answers with.
 */
public record Pause(UUID pauseId, PauseKind kind, String reason, String pausedBy, LocalDate pausedOn, LocalDate resumedOn,
                    int workingDaysLost) {

    public boolean open() {
        return resumedOn == null;
    }

    Pause resumed(LocalDate on, int lost) {
        return new Pause(pauseId, kind, reason, pausedBy, pausedOn, on, lost);
    }
}
