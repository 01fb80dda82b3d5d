package org.onewindow.supervision.records.adapters.scheduling;

import org.onewindow.supervision.records.application.SupervisionRecords;

/**
 * The scheduled escalation of unclaimed records; {@code config.SupervisionConfiguration} schedules it every
 * {@code onewindow.supervision.escalation.scan-interval} when {@code .enabled}.
 */
public class EscalationScan implements Runnable {

    private final SupervisionRecords records;

    public EscalationScan(SupervisionRecords records) {
        this.records = records;
    }

    @Override
    public void run() {
        records.escalateOverdue();
    }
}
