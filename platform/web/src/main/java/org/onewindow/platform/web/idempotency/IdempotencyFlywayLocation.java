package org.onewindow.platform.web.idempotency;

import java.util.Arrays;
import java.util.stream.Stream;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;

/**
 * Adds {@value #LOCATION} (the idempotency key table, version 0.5) to the service's Flyway locations, keeping
 * whatever the service and other platform modules configured, out of order like every platform location
 * (see platform-messaging's PlatformFlywayLocation; this module does not depend on messaging).
 */
public class IdempotencyFlywayLocation implements FlywayConfigurationCustomizer {

    public static final String LOCATION = "classpath:db/platform-web";

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.outOfOrder(true);
        Location ours = new Location(LOCATION);
        Location[] current = configuration.getLocations();
        if (Arrays.asList(current).contains(ours)) {
            return;
        }
        configuration.locations(Stream.concat(Arrays.stream(current), Stream.of(ours)).toArray(Location[]::new));
    }
}
