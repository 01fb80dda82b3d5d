package org.onewindow.platform.clock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The national calendars shipped with the platform, from the State Council's annual notices
 * (国务院办公厅关于部分节假日安排的通知), stored as {@link CalendarFormat} text under
 * {@code org/onewindow/platform/clock/calendars/CN-<year>.txt}. The catalog service seeds its calendar
 * from these and may publish local or newer ones.
 */
public final class OfficialCalendars {

    /** Years shipped in this release. Add the new year's file and its number here when the notice appears (November). */
    public static final List<Integer> SHIPPED_YEARS = List.of(2025, 2026);

    private static final String RESOURCE = "calendars/CN-%d.txt";

    private OfficialCalendars() {
    }

    /** The national calendar for {@code year}, if shipped. */
    public static Optional<CalendarYear> year(int year) {
        String name = RESOURCE.formatted(year);
        try (InputStream in = OfficialCalendars.class.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(CalendarFormat.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** Every shipped year, oldest first. */
    public static List<CalendarYear> shipped() {
        return Holder.SHIPPED;
    }

    /** A calendar of every shipped year. */
    public static WorkingDayCalendar china() {
        return Holder.CHINA;
    }

    private static final class Holder {
        static final List<CalendarYear> SHIPPED = SHIPPED_YEARS.stream()
                .map(y -> year(y).orElseThrow(() -> new IllegalStateException("calendar CN-" + y + " is not shipped")))
                .toList();
        static final WorkingDayCalendar CHINA = WorkingDayCalendar.of(SHIPPED);
    }
}
