package org.onewindow.platform.calendar;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onewindow.calendar.*}.
 *
 * @param cacheTtl how long an instance counts on the calendar it built before reading the table again (the
 *     instance that applies a year drops its cache at once; others see it after at most this long)
 */
@ConfigurationProperties("onewindow.calendar")
public record CalendarProperties(Duration cacheTtl) {

    public CalendarProperties {
        if (cacheTtl == null) {
            cacheTtl = Duration.ofSeconds(30);
        }
        if (cacheTtl.isNegative()) {
            throw new IllegalArgumentException("onewindow.calendar.cache-ttl cannot be negative: " + cacheTtl);
        }
    }
}
