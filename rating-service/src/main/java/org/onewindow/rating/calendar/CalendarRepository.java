package org.onewindow.rating.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.platform.clock.CalendarYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The local replica of catalog.calendar: one row per year, the highest published version wins. */
@Repository
public class CalendarRepository {

    private final JdbcClient jdbc;

    public CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the year unless a newer version of it is already held (compacted topics replay old versions). */
    public void store(CalendarPublished published) {
        jdbc.sql("""
                INSERT INTO calendar_year (year, version, holidays, adjusted_workdays, published_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (year) DO UPDATE SET version = excluded.version, holidays = excluded.holidays,
                    adjusted_workdays = excluded.adjusted_workdays, published_at = excluded.published_at
                WHERE calendar_year.version <= excluded.version""")
                .params(published.year(), published.version(), isoDates(published.holidays()),
                        isoDates(published.adjustedWorkdays()), published.publishedAt())
                .update();
    }

    public List<CalendarYear> all() {
        return jdbc.sql("SELECT * FROM calendar_year ORDER BY year")
                .query((rs, n) -> new CalendarYear(rs.getInt("year"),
                        dates((String[]) rs.getArray("holidays").getArray()),
                        dates((String[]) rs.getArray("adjusted_workdays").getArray()),
                        "catalog.calendar v" + rs.getInt("version")))
                .list();
    }

    private static String[] isoDates(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).toArray(String[]::new);
    }

    private static Set<LocalDate> dates(String[] iso) {
        return java.util.Arrays.stream(iso).map(LocalDate::parse).collect(Collectors.toSet());
    }

}
