package org.onewindow.platform.web.waiting;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onewindow.web.waiting.*}: waiting reads ({@code Prefer: wait=N}, RFC 7240; docs/architecture.md "Waiting
 * for a change"). {@code max-wait} caps N (default 30s; must stay below every proxy's read timeout in front of the
 * service), {@code recheck-interval} is how often a waiting read reads again without a signal (default 250ms: a
 * change committed on another instance fires no signal here), {@code max-waiting} how many requests may wait at once
 * in one JVM (default 100; Tomcat's request threads are platform threads, 200 by default: beyond the bound a request
 * is answered at once, as without {@code Prefer}).
 */
@ConfigurationProperties("onewindow.web.waiting")
public record WaitingProperties(Duration maxWait, Duration recheckInterval, Integer maxWaiting) {

    public WaitingProperties {
        maxWait = maxWait == null ? Duration.ofSeconds(30) : maxWait;
        recheckInterval = recheckInterval == null ? Duration.ofMillis(250) : recheckInterval;
        maxWaiting = maxWaiting == null ? 100 : maxWaiting;
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("onewindow.web.waiting.max-wait must not be negative, was " + maxWait);
        }
        if (recheckInterval.isNegative() || recheckInterval.isZero()) {
            throw new IllegalArgumentException("onewindow.web.waiting.recheck-interval must be positive, was "
                    + recheckInterval);
        }
        if (maxWaiting < 0) {
            throw new IllegalArgumentException("onewindow.web.waiting.max-waiting must not be negative, was "
                    + maxWaiting);
        }
    }

    public static WaitingProperties defaults() {
        return new WaitingProperties(null, null, null);
    }
}
