package org.onewindow.platform.messaging;

import java.util.Arrays;
import java.util.stream.Stream;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;

/**
 * Adds a platform module's own Flyway location (its tables, versions below 1) to the service's locations,
 * keeping whatever the service and other platform modules configured, and lets Flyway apply migrations out of
 * order: a platform module can bring a table to a database whose service migrations (V1, V2, ...) already ran,
 * and Flyway would otherwise refuse to start on a resolved migration below the applied ones.
 */
public class PlatformFlywayLocation implements FlywayConfigurationCustomizer {

    private final Location location;

    public PlatformFlywayLocation(String location) {
        this.location = new Location(location);
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.outOfOrder(true);
        Location[] current = configuration.getLocations();
        if (Arrays.asList(current).contains(location)) {
            return;
        }
        configuration.locations(Stream.concat(Arrays.stream(current), Stream.of(location)).toArray(Location[]::new));
    }
}
