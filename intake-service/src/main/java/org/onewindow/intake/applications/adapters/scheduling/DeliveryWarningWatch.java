package org.onewindow.intake.applications.adapters.scheduling;

import org.onewindow.intake.applications.application.ApplicationService;
import org.onewindow.intake.config.IntakeProperties;
import org.onewindow.platform.messaging.ScheduledScan;
import org.springframework.stereotype.Component;

/**
 * 电子监察 of delivery (Art. 44 行政许可法): every {@code onewindow.intake.delivery-warnings.scan-interval} (default one
 * minute) raises {@code intake.DeliveryWarningRaised} YELLOW and RED for decided, undelivered results near or past
 * their licence due date, once per level per case: the application remembers the level it raised, and each warning
 * runs on the command path under the row lock, so a second instance scanning at the same time finds nothing left to
 * raise. One case per transaction, so one bad case does not stop the scan. Nothing is scheduled when
 * {@code enabled} is false.
 */
@Component
public class DeliveryWarningWatch extends ScheduledScan {

    /** Cases per scan; the rest wait for the next one (oldest due date first). */
    static final int BATCH = 500;

    public DeliveryWarningWatch(ApplicationService applications, IntakeProperties properties) {
        super(ScheduledScan.named("delivery-warnings").every(properties.deliveryWarnings().scanInterval())
                .enabled(properties.deliveryWarnings().enabled())
                .each(() -> applications.deliveryWarningCandidates(BATCH),
                        caseNumber -> applications.raiseDeliveryWarning(caseNumber) ? 1 : 0));
    }

    /** @return how many warnings this scan raised */
    public int scan() {
        return run();
    }
}
