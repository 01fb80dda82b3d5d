package org.onewindow.review.licences.adapters.scheduling;

import java.time.Duration;

import org.onewindow.review.licences.application.LicenceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Issues the PDFs of licences still PENDING, every {@code onewindow.review.licences.issue-interval} (default 5 s):
 * right after an approval, and again and again while the object store is down, until it is back. One licence per
 * transaction; a batch stops at the first store failure (the next ones would fail the same way).
 */
public class LicenceIssuingJob implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(LicenceIssuingJob.class);
    private static final int BATCH = 50;

    private final LicenceService licences;
    private final Duration interval;
    private final boolean scheduled;

    /** @param scheduled false ({@code onewindow.review.licences.issuing=false}): only {@link #issuePending()} calls */
    public LicenceIssuingJob(LicenceService licences, Duration interval, boolean scheduled) {
        this.licences = licences;
        this.interval = interval;
        this.scheduled = scheduled;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (scheduled) {
            registrar.addFixedDelayTask(new FixedDelayTask(this::issuePending, interval, interval));
        }
    }

    /** Returns how many licences were issued in this run. */
    public int issuePending() {
        int issued = 0;
        for (String number : licences.pending(BATCH)) {
            try {
                LicenceService.IssueOutcome outcome = licences.issue(number);
                if (outcome == LicenceService.IssueOutcome.STORE_UNAVAILABLE) {
                    break; // logged; the next ones would fail the same way: the whole batch again next run
                }
                if (outcome == LicenceService.IssueOutcome.ISSUED) {
                    issued++;
                }
            } catch (RuntimeException e) {
                log.warn("licence {} could not be issued; retried next run", number, e);
            }
        }
        if (issued > 0) {
            log.info("issued {} electronic licence(s)", issued);
        }
        return issued;
    }
}
