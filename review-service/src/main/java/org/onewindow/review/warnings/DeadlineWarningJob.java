package org.onewindow.review.warnings;

import org.onewindow.review.cases.ReviewCaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 电子监察: every {@code onewindow.review.warnings.scan-interval} (default one minute) raises YELLOW and RED
 * {@code review.DeadlineWarning}s, once per level per case (the case remembers what it raised). One case per
 * transaction, so one bad case does not stop the scan.
 */
@Component
@ConditionalOnProperty(name = "onewindow.review.warnings.enabled", havingValue = "true", matchIfMissing = true)
public class DeadlineWarningJob {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWarningJob.class);

    private final ReviewCaseService cases;

    public DeadlineWarningJob(ReviewCaseService cases) {
        this.cases = cases;
    }

    @Scheduled(fixedDelayString = "${onewindow.review.warnings.scan-interval:PT1M}",
            initialDelayString = "${onewindow.review.warnings.scan-interval:PT1M}")
    public void scan() {
        int raised = 0;
        for (String caseNumber : cases.warningCandidates()) {
            try {
                raised += cases.raiseWarnings(caseNumber);
            } catch (RuntimeException e) {
                log.warn("deadline warning scan failed for case {}", caseNumber, e);
            }
        }
        if (raised > 0) {
            log.info("raised {} deadline warnings", raised);
        }
    }
}
