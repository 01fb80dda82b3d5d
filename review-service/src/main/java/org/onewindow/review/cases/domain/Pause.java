package org.onewindow.review.cases.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A stop of the clock: a supplement request after acceptance (补正) or a special procedure of Art. 45 (听证, 招标,
 * 拍卖, 检验, 检测, 检疫, 鉴定, 专家评审). Open while {@code resumedOn} is null. The deadlines move by the working days
 * in (pausedOn, resumedOn]. For a supplement {@code pauseId} is the request id intake answers with.
 *
 * @param taskId              the task that asked for a supplement (null for special procedures, and for supplement
 *                            pauses stored before the limit per task existed)
 * @param expectedWorkingDays the time a special procedure is expected to need, told to the applicant (Art. 45);
 *                            null when not estimated
 */
public record Pause(UUID pauseId, PauseKind kind, String reason, String pausedBy, LocalDate pausedOn, LocalDate resumedOn,
                    int workingDaysLost, UUID taskId, Integer expectedWorkingDays) {

    public Pause(UUID pauseId, PauseKind kind, String reason, String pausedBy, LocalDate pausedOn, LocalDate resumedOn,
                 int workingDaysLost) {
        this(pauseId, kind, reason, pausedBy, pausedOn, resumedOn, workingDaysLost, null, null);
    }

    public boolean open() {
        return resumedOn == null;
    }

    Pause resumed(LocalDate on, int lost) {
        return new Pause(pauseId, kind, reason, pausedBy, pausedOn, on, lost, taskId, expectedWorkingDays);
    }
}
