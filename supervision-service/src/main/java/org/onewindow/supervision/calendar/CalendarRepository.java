package org.onewindow.supervision.calendar;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.platform.clock.CalendarYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar replica table; a republication replaces a year only when its version is newer. */
@Repository
public class CalendarRepository {

    private final JdbcClient jdbc;

    public CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when stored, false when an equal or newer version was already held */
    public boolean store(CalendarPublished published) {
        return jdbc.sql("""
                        insert into calendar_years (year, version, holidays, adjusted_workdays, published_at)
                        values (:year, :version, :holidays, :workdays, :publishedAt)
                        on conflict (year) do update set version = excluded.version, holidays = excluded.holidays,
                            adjusted_workdays = excluded.adjusted_workdays, published_at = excluded.published_at
                        where calendar_years.version < excluded.version
                        """)
                .param("year", published.year())
                .param("version", published.version())
                .param("holidays", isoDates(published.holidays()))
                .param("workdays", isoDates(published.adjustedWorkdays()))
                .param("publishedAt", published.publishedAt())
                .update() == 1;
    }

    public List<CalendarYear> findAll() {
        return jdbc.sql("select year, version, holidays, adjusted_workdays from calendar_years order by year")
                .query((rs, n) -> new CalendarYear(rs.getInt("year"), dates(rs.getArray("holidays")),
                        dates(rs.getArray("adjusted_workdays")), "catalog v" + rs.getInt("version")))
                .list();
    }

    private static String[] isoDates(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).toArray(String[]::new);
    }

    private static Set<LocalDate> dates(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(LocalDate::parse).collect(Collectors.toSet());
    }
}
