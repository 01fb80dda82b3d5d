package org.onewindow.platform.calendar;

import java.util.Arrays;
import java.util.stream.Stream;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;

/**
 * Adds {@value #LOCATION} (the replica table, version 0.3) to the service's Flyway locations, keeping whatever
 * the service and other platform modules configured.
 */
public class CalendarFlywayLocation implements FlywayConfigurationCustomizer {

    public static final String LOCATION = "classpath:db/platform-calendar";

    @Override
    public void customize(FluentConfiguration configuration) {
        Location ours = new Location(LOCATION);
        Location[] current = configuration.getLocations();
        if (Arrays.asList(current).contains(ours)) {
            return;
        }
        configuration.locations(Stream.concat(Arrays.stream(current), Stream.of(ours)).toArray(Location[]::new));
    }
}
