package org.onewindow.catalog.calendar.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.onewindow.catalog.calendar.application.CalendarReads;
import org.onewindow.catalog.calendar.domain.WorkingCalendar;
import org.onewindow.platform.commands.AggregateStore;
import org.onewindow.platform.kernel.StateConflict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code calendar_version}: one row per published version of a year, never updated. Saving the next version
 * inserts it under the next number; the primary key (year, version) is the optimistic lock (someone else's
 * version in between → nothing written).
 */
@Repository
public class JdbcCalendarStore implements AggregateStore<Integer, WorkingCalendar>, CalendarReads {

    private static final TypeReference<List<LocalDate>> DATES = new TypeReference<>() {
    };
    private static final String VERSIONS = """
            SELECT year, version, holidays::text AS h, adjusted_workdays::text AS w, published_by, reason, published_at
            FROM calendar_version WHERE year = :year
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public JdbcCalendarStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The latest version, its row locked. */
    @Override
    public Optional<WorkingCalendar> findForUpdate(Integer year) {
        return jdbc.sql(VERSIONS + " ORDER BY version DESC LIMIT 1 FOR UPDATE").param("year", year).query(this::row)
                .optional()
                .map(v -> new WorkingCalendar(v.year(), v.version(), v.holidays(), v.adjustedWorkdays(), v.publishedBy(),
                        v.reason(), v.publishedAt().toInstant()));
    }

    @Override
    public void insert(WorkingCalendar calendar) {
        if (!write(calendar, 1)) {
            throw new StateConflict("calendar.concurrent-change", "the calendar of " + calendar.year()
                    + " was published by someone else meanwhile: read it again and retry");
        }
        calendar.stored(1);
    }

    @Override
    public boolean update(WorkingCalendar calendar) {
        long next = calendar.version() + 1;
        if (!write(calendar, next)) {
            return false;
        }
        calendar.stored(next);
        return true;
    }

    private boolean write(WorkingCalendar c, long version) {
        return jdbc.sql("""
                INSERT INTO calendar_version (year, version, holidays, adjusted_workdays, published_by, reason, published_at)
                VALUES (:year, :version, :holidays::jsonb, :workdays::jsonb, :by, :reason, :at)
                ON CONFLICT (year, version) DO NOTHING
                """)
                .param("year", c.year()).param("version", version)
                .param("holidays", json.writeValueAsString(c.holidays()))
                .param("workdays", json.writeValueAsString(c.adjustedWorkdays())).param("by", c.publishedBy())
                .param("reason", c.reason()).param("at", c.publishedAt().atOffset(ZoneOffset.UTC)).update() == 1;
    }

    @Override
    public List<CalendarVersion> history(int year) {
        return jdbc.sql(VERSIONS + " ORDER BY version").param("year", year).query(this::row).list();
    }

    private CalendarVersion row(ResultSet rs, int n) throws SQLException {
        return new CalendarVersion(rs.getInt("year"), rs.getInt("version"), json.readValue(rs.getString("h"), DATES),
                json.readValue(rs.getString("w"), DATES), rs.getString("published_by"), rs.getString("reason"),
                rs.getObject("published_at", OffsetDateTime.class));
    }
}
