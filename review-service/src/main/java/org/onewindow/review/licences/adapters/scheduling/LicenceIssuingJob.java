package org.onewindow.review.licences.adapters.scheduling;

import java.time.Duration;

import org.onewindow.platform.messaging.ScheduledScan;
import org.onewindow.review.licences.application.LicenceService;

/**
 * Issues the PDFs of licences still PENDING, every {@code onewindow.review.licences.issue-interval} (default 5 s):
 * right after an approval, and again and again while the object store is down, until it is back. One licence per
 * transaction, under its row lock: a licence another instance issued meanwhile is no longer PENDING and is skipped;
 * a batch stops at the first store failure (the next ones would fail the same way).
 */
public class LicenceIssuingJob extends ScheduledScan {

    private static final int BATCH = 50;

    /** @param scheduled false ({@code onewindow.review.licences.issuing=false}): only {@link #issuePending()} calls */
    public LicenceIssuingJob(LicenceService licences, Duration interval, boolean scheduled) {
        super(ScheduledScan.named("licence-issuing").every(interval).enabled(scheduled)
                .each(() -> licences.pending(BATCH), number -> switch (licences.issue(number)) {
                    case ISSUED -> 1;
                    case ALREADY_ISSUED -> 0;
                    case STORE_UNAVAILABLE -> throw new StopRound("the object store is unavailable (logged)");
                }));
    }

    /** Returns how many licences were issued in this run. */
    public int issuePending() {
        return run();
    }
}
