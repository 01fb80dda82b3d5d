package org.onewindow.rating.rectifications.adapters.scheduling;

import java.util.UUID;

import org.onewindow.rating.config.RatingProperties;
import org.onewindow.rating.rectifications.application.RectificationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * 电子监察 of rectifications: every {@code onewindow.rating.rectification.overdue-scan-interval} (default five
 * minutes) raises {@code rating.RectificationOverdue} for each step past its due date, once per step (the
 * rectification remembers the step it warned of, and each warning runs on the command path under the row lock, so a
 * second instance scanning at the same time finds nothing left to raise). One rectification per transaction, so one
 * bad row does not stop the scan. Nothing is scheduled when {@code overdue-watch} is false.
 */
@Component
public class RectificationOverdueWatch implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RectificationOverdueWatch.class);

    private final RectificationService rectifications;
    private final RatingProperties.Rectification settings;

    public RectificationOverdueWatch(RectificationService rectifications, RatingProperties properties) {
        this.rectifications = rectifications;
        this.settings = properties.rectification();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.overdueWatch()) {
            registrar.addFixedDelayTask(new FixedDelayTask(this::scan, settings.overdueScanInterval(),
                    settings.overdueScanInterval()));
        }
    }

    /** @return how many warnings this scan raised */
    public int scan() {
        int raised = 0;
        for (UUID id : rectifications.overdueCandidates()) {
            try {
                raised += rectifications.warnIfOverdue(id) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("rectification overdue scan failed for {}", id, e);
            }
        }
        if (raised > 0) {
            log.info("raised {} rectification overdue warnings", raised);
        }
        return raised;
    }
}
