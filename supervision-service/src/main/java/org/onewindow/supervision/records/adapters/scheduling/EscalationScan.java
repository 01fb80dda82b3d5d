package org.onewindow.supervision.records.adapters.scheduling;

import java.time.Duration;

import org.onewindow.platform.messaging.ScheduledScan;
import org.onewindow.supervision.records.application.SupervisionRecords;

/**
 * The scheduled escalation of unclaimed records, every {@code onewindow.supervision.escalation.scan-interval} when
 * {@code .enabled}: each record alone on the command path under its row lock, escalated only while still PUSHED and
 * past its deadline, so a second instance scanning at the same moment finds nothing left to escalate.
 */
public class EscalationScan extends ScheduledScan {

    public EscalationScan(SupervisionRecords records, boolean enabled, Duration interval) {
        super(ScheduledScan.named("escalation").every(interval).enabled(enabled)
                .each(() -> records.overdueUnclaimed(), id -> records.escalateIfOverdue(id) ? 1 : 0));
    }
}
