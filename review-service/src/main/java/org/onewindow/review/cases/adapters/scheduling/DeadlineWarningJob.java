package org.onewindow.review.cases.adapters.scheduling;

import org.onewindow.platform.messaging.ScheduledScan;
import org.onewindow.review.cases.application.ReviewCaseService;
import org.onewindow.review.config.ReviewProperties;
import org.springframework.stereotype.Component;

/**
 * 电子监察: every {@code onewindow.review.warnings.scan-interval} (default one minute) raises YELLOW and RED
 * {@code review.DeadlineWarning}s, once per level per case: each case runs on the command path under its row lock
 * and remembers what it raised, so a second instance scanning at the same moment finds nothing left to raise. One
 * case per transaction, so one bad case does not stop the scan. Nothing is scheduled when
 * {@code onewindow.review.warnings.enabled} is false.
 */
@Component
public class DeadlineWarningJob extends ScheduledScan {

    public DeadlineWarningJob(ReviewCaseService cases, ReviewProperties properties) {
        super(ScheduledScan.named("deadline-warnings").every(properties.warnings().scanInterval())
                .enabled(properties.warnings().enabled())
                .each(cases::warningCandidates, cases::raiseWarnings));
    }

    /** One scan now: how many warnings it raised. */
    public int scan() {
        return run();
    }
}
