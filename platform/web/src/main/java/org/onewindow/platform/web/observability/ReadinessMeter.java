package org.onewindow.platform.web.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;

/**
 * Gauge {@code onewindow.readiness}: 1 while the readiness group (database, Kafka, accepting traffic) is UP, 0
 * otherwise, NaN without a health endpoint. Prometheus' own {@code up} only says the scrape worked; an instance that
 * answers but has lost its database is what the readiness alert of deploy/observability must see.
 */
public class ReadinessMeter implements MeterBinder {

    private final ObjectProvider<HealthEndpoint> health;

    public ReadinessMeter(ObjectProvider<HealthEndpoint> health) {
        this.health = health;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("onewindow.readiness", this, ReadinessMeter::ready)
                .description("1 while the readiness health group is UP, else 0")
                .register(registry);
    }

    double ready() {
        HealthEndpoint endpoint = health.getIfAvailable();
        if (endpoint == null) {
            return Double.NaN;
        }
        HealthDescriptor readiness = endpoint.healthForPath("readiness");
        return readiness != null && Status.UP.equals(readiness.getStatus()) ? 1 : 0;
    }
}
