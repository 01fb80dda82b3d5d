package org.onewindow.platform.calendar;

import org.onewindow.platform.messaging.PlatformFlywayLocation;

/** Adds {@value #LOCATION} (the replica table, version 0.3) to the service's Flyway locations. */
public class CalendarFlywayLocation extends PlatformFlywayLocation {

    public static final String LOCATION = "classpath:db/platform-calendar";

    public CalendarFlywayLocation() {
        super(LOCATION);
    }
}
