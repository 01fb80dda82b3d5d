package org.onewindow.platform.web.edges;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onewindow.web.requests.max-in-flight}: how many requests an instance (a service or the gateway) has in hand
 * at once before it answers 503 with {@code Retry-After} (default 400). In the gateway a request in hand took about
 * 160 KB of heap, so 400 of them stay well inside the local stack's 256 MB; raise it with the heap.
 * {@link AdmissionFilter} counts them; the actuator's requests are not counted.
 */
@ConfigurationProperties("onewindow.web.requests")
public record RequestsProperties(Integer maxInFlight) {

    public RequestsProperties {
        maxInFlight = maxInFlight == null ? 400 : maxInFlight;
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("onewindow.web.requests.max-in-flight must be at least 1, was " + maxInFlight);
        }
    }
}
