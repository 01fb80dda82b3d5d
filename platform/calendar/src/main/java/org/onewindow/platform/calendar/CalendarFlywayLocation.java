package org.onewindow.platform.calendar;

import java.util.Arrays;
import java.util.stream.Stream;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;

/**
 * Adds {@value #LOCATION} (the replica table, version 0.3) to the service's Flyway locations, keeping whatever
 * the service and other platform modules configured, and lets Flyway apply it out of order: a service database
 * created before this module already holds its own V1.., and Flyway would otherwise refuse to start on a
 * resolved migration below the applied ones instead of applying it.
 */
public class CalendarFlywayLocation implements FlywayConfigurationCustomizer {

    public static final String LOCATION = "classpath:db/platform-calendar";

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
