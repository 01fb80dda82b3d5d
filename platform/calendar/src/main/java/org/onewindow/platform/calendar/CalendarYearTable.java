package org.onewindow.platform.calendar;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.platform.clock.CalendarYear;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The table {@code platform_calendar_year}: one row per year, replaced only by a strictly newer version. */
final class CalendarYearTable {

    private final JdbcClient jdbc;

    CalendarYearTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when stored, false when an equal or newer version is already held (a compacted topic replays). */
    boolean store(CalendarPublished published) {
        return jdbc.sql("""
                        insert into platform_calendar_year (year, version, holidays, adjusted_workdays, published_at)
                        values (:year, :version, cast(:holidays as date[]), cast(:workdays as date[]), :publishedAt)
                        on conflict (year) do update set version = excluded.version, holidays = excluded.holidays,
                            adjusted_workdays = excluded.adjusted_workdays, published_at = excluded.published_at,
                            received_at = now()
                        where platform_calendar_year.version < excluded.version
                        """)
                .param("year", published.year())
                .param("version", published.version())
                .param("holidays", isoDates(published.holidays()))
                .param("workdays", isoDates(published.adjustedWorkdays()))
                .param("publishedAt", published.publishedAt())
                .update() == 1;
    }

    List<CalendarYear> all() {
        return jdbc.sql("select year, version, holidays, adjusted_workdays from platform_calendar_year order by year")
                .query((rs, n) -> new CalendarYear(rs.getInt("year"), dates(rs.getArray("holidays")),
                        dates(rs.getArray("adjusted_workdays")), CalendarReplica.source(rs.getInt("version"))))
                .list();
    }

    private static String[] isoDates(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).toArray(String[]::new);
    }

    private static Set<LocalDate> dates(Array array) throws SQLException {
        return Arrays.stream((Date[]) array.getArray()).map(Date::toLocalDate).collect(Collectors.toSet());
    }
}
