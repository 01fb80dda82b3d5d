package org.onewindow.supervision.records;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the escalation of unclaimed records every {@code onewindow.supervision.escalation.scan-interval}. */
@Component
@ConditionalOnProperty(name = "onewindow.supervision.escalation.enabled", matchIfMissing = true)
public class EscalationScan {

    private final SupervisionRecordService records;

    public EscalationScan(SupervisionRecordService records) {
        this.records = records;
    }

    @Scheduled(fixedDelayString = "${onewindow.supervision.escalation.scan-interval:PT1M}",
            initialDelayString = "${onewindow.supervision.escalation.scan-interval:PT1M}")
    public void scan() {
        records.escalateOverdue();
    }
}
