package org.onewindow.platform.calendar;

import java.util.SortedSet;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code calendar} health: always UP (a missing calendar does not stop the service; deadlines are provisional),
 * with the years a stored deadline needs whose calendar is not published ({@code missingYears}) and the years held.
 */
public class CalendarHealthIndicator implements HealthIndicator {

    private final CalendarReplica replica;
    private final MissingCalendarYears missing;

    public CalendarHealthIndicator(CalendarReplica replica, MissingCalendarYears missing) {
        this.replica = replica;
        this.missing = missing;
    }

    @Override
    public Health health() {
        SortedSet<Integer> years = missing.missing();
        return Health.up().withDetail("years", replica.current().years()).withDetail("missingYears", years).build();
    }
}
