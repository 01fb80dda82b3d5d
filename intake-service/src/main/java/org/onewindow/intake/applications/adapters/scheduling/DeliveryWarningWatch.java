package org.onewindow.intake.applications.adapters.scheduling;

import org.onewindow.intake.applications.application.ApplicationService;
import org.onewindow.intake.config.IntakeProperties;
import org.onewindow.platform.kernel.CaseNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * 电子监察 of delivery (Art. 44 行政许可法): every {@code onewindow.intake.delivery-warnings.scan-interval} (default one
 * minute) raises {@code intake.DeliveryWarningRaised} YELLOW and RED for decided, undelivered results near or past
 * their licence due date, once per level per case: the application remembers the level it raised, and each warning
 * runs on the command path under the row lock, so a second instance scanning at the same time finds nothing left to
 * raise (the skeleton of review's {@code DeadlineWarningJob} and rating's {@code RectificationOverdueWatch}). One case
 * per transaction, so one bad case does not stop the scan. Nothing is scheduled when {@code enabled} is false.
 */
@Component
public class DeliveryWarningWatch implements SchedulingConfigurer {

    /** Cases per scan; the rest wait for the next one (oldest due date first). */
    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(DeliveryWarningWatch.class);

    private final ApplicationService applications;
    private final IntakeProperties.DeliveryWarnings settings;

    public DeliveryWarningWatch(ApplicationService applications, IntakeProperties properties) {
        this.applications = applications;
        this.settings = properties.deliveryWarnings();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.enabled()) {
            registrar.addFixedDelayTask(new FixedDelayTask(this::scan, settings.scanInterval(), settings.scanInterval()));
        }
    }

    /** @return how many warnings this scan raised */
    public int scan() {
        int raised = 0;
        for (CaseNumber caseNumber : applications.deliveryWarningCandidates(BATCH)) {
            try {
                raised += applications.raiseDeliveryWarning(caseNumber) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("delivery warning scan failed for case {}", caseNumber, e);
            }
        }
        if (raised > 0) {
            log.info("raised {} delivery warnings", raised);
        }
        return raised;
    }
}
