package org.onewindow.review.cases.adapters.scheduling;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.review.cases.application.ReviewCaseService;
import org.onewindow.review.config.ReviewProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * 电子监察: every {@code onewindow.review.warnings.scan-interval} (default one minute) raises YELLOW and RED
 * {@code review.DeadlineWarning}s, once per level per case (the case remembers what it raised), each case on the
 * command path. One case per transaction, so one bad case does not stop the scan. Nothing is scheduled when
 * {@code onewindow.review.warnings.enabled} is false.
 */
@Component
public class DeadlineWarningJob implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWarningJob.class);

    private final ReviewCaseService cases;
    private final ReviewProperties.Warnings settings;

    public DeadlineWarningJob(ReviewCaseService cases, ReviewProperties properties) {
        this.cases = cases;
        this.settings = properties.warnings();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.enabled()) {
            registrar.addFixedDelayTask(new FixedDelayTask(this::scan, settings.scanInterval(), settings.scanInterval()));
        }
    }

    public void scan() {
        int raised = 0;
        for (CaseNumber caseNumber : cases.warningCandidates()) {
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
