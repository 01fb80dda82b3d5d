package org.onewindow.rating.rectifications.adapters.scheduling;

import org.onewindow.platform.messaging.ScheduledScan;
import org.onewindow.rating.config.RatingProperties;
import org.onewindow.rating.rectifications.application.RectificationService;
import org.springframework.stereotype.Component;

/**
 * 电子监察 of rectifications: every {@code onewindow.rating.rectification.overdue-scan-interval} (default five
 * minutes) raises {@code rating.RectificationOverdue} for each step past its due date, once per step (the
 * rectification remembers the step it warned of, and each warning runs on the command path under the row lock, so a
 * second instance scanning at the same time finds nothing left to raise). One rectification per transaction, so one
 * bad row does not stop the scan. Nothing is scheduled when {@code overdue-watch} is false.
 */
@Component
public class RectificationOverdueWatch extends ScheduledScan {

    public RectificationOverdueWatch(RectificationService rectifications, RatingProperties properties) {
        super(ScheduledScan.named("rectification-overdue").every(properties.rectification().overdueScanInterval())
                .enabled(properties.rectification().overdueWatch())
                .each(rectifications::overdueCandidates, id -> rectifications.warnIfOverdue(id) ? 1 : 0));
    }

    /** @return how many warnings this scan raised */
    public int scan() {
        return run();
    }
}
