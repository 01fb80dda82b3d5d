package org.onewindow.catalog.items.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onewindow.catalog.items.domain.ItemVersion;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.ItemCode;
import org.onewindow.platform.messaging.ScheduledScan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;

/**
 * 生效日期: puts scheduled versions in force when their effective date (China time) has come — at start-up, to
 * catch up on days the service was down, and then on {@code onewindow.catalog.effective-date-cron} (scheduled by
 * the config package). Each item switches through the command path in its own transaction, with its event and
 * audit line (actor {@code catalog-scheduler}, principal {@code system:catalog}).
 */
@Service
public record EffectiveDates(ItemReads reads, ItemCatalog items, Clock clock) implements ApplicationRunner {

    /** The scheduler as the change log and the event's {@code changedBy} have always named it. */
    public static final AuditActor SCHEDULER = new AuditActor("catalog-scheduler", "生效日期调度", AuditActor.SYSTEM_ROLE,
            null, AuditActor.system("catalog").principal());
    private static final Logger LOG = LoggerFactory.getLogger(EffectiveDates.class);
    /** The scan's name in the log and of its thread. */
    public static final String SCAN = "effective-dates";

    @Override
    public void run(ApplicationArguments args) {
        activateDue();
    }

    /** The scheduled run: today in China. */
    public List<ItemVersion> activateDue() {
        return activateDue(ChinaTime.today(clock));
    }

    /**
     * Switches every item whose scheduled version is due on {@code today}; returns the versions now in force. Each
     * item alone, on the command path under its row lock: a version another instance put in force meanwhile is no
     * longer SCHEDULED, so it switches once. One item's failure (e.g. a concurrent edit) does not hold back the
     * others; the next run retries it.
     */
    public List<ItemVersion> activateDue(LocalDate today) {
        List<ItemVersion> switched = new ArrayList<>();
        ScheduledScan.each(SCAN, reads.scheduledDue(today), code -> items.takeEffect(code, today, SCHEDULER,
                "生效日期已到 " + today).map(switched::add).orElse(false) ? 1 : 0, ItemCode::value);
        if (!switched.isEmpty()) {
            LOG.info("Scheduled versions now in force: {}", switched.stream().map(v -> v.itemCode() + "/" + v.number()).toList());
        }
        return switched;
    }
}
