package org.onewindow.catalog.items;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.onewindow.platform.kernel.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * 生效日期: puts scheduled versions in force when their effective date (China time) has come — at start-up, to
 * catch up on days the service was down, and then on {@code onewindow.catalog.effective-date-cron} (every 15
 * minutes by default). Each item switches in its own transaction, with its event.
 */
@Service
public class EffectiveDateService implements ApplicationRunner {

    static final Actor SCHEDULER = new Actor("catalog-scheduler", "生效日期调度", Set.of("SYSTEM"), null, null);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = LoggerFactory.getLogger(EffectiveDateService.class);

    private final ItemRepository repository;
    private final ItemCatalogService items;
    private final Clock clock;

    public EffectiveDateService(ItemRepository repository, ItemCatalogService items, Clock clock) {
        this.repository = repository;
        this.items = items;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        activateDue();
    }

    @Scheduled(cron = "${onewindow.catalog.effective-date-cron:0 */15 * * * *}", zone = "Asia/Shanghai")
    public void activateDue() {
        activateDue(LocalDate.now(clock.withZone(CHINA)));
    }

    /** Switches every item whose scheduled version is due on {@code today}; returns the versions now in force. */
    public List<ItemVersion> activateDue(LocalDate today) {
        List<ItemVersion> switched = new ArrayList<>();
        for (String code : repository.scheduledDue(today)) {
            try {
                items.takeEffect(code, today, new Authorship(SCHEDULER, "SYSTEM", "生效日期已到 " + today, clock.instant()))
                        .ifPresent(switched::add);
            } catch (RuntimeException e) {
                // one item's failure (e.g. a concurrent edit) must not hold back the others; the next run retries it
                LOG.warn("Could not put the scheduled version of {} in force", code, e);
            }
        }
        if (!switched.isEmpty()) {
            LOG.info("Scheduled versions now in force: {}", switched.stream().map(v -> v.itemCode() + "/" + v.number()).toList());
        }
        return switched;
    }
}
