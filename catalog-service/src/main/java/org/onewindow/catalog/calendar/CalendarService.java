package org.onewindow.catalog.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.platform.clock.CalendarRules;
import org.onewindow.platform.clock.CalendarYear;
import org.onewindow.platform.clock.OfficialCalendars;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.Violation;
import org.onewindow.platform.messaging.EventPublisher;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a year's holidays and adjusted workdays (调休) as a new version, with its event. At start-up the
 * official calendars shipped with platform-clock are published for every year not yet present: the clocks of
 * the other services need them, demo data or not.
 */
@Service
public class CalendarService implements ApplicationRunner {

    /** One stored version of a year's calendar. */
    public record CalendarVersion(int year, int version, List<LocalDate> holidays, List<LocalDate> adjustedWorkdays,
                                  String publishedBy, String reason, OffsetDateTime publishedAt) {
    }

    private static final TypeReference<List<LocalDate>> DATES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    public CalendarService(JdbcClient jdbc, JsonMapper json, EventPublisher events, Clock clock,
                           TransactionTemplate transactions) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (CalendarYear official : OfficialCalendars.shipped()) {
            if (latest(official.year()).isEmpty()) {
                publishInOwnTransaction(official);
            }
        }
    }

    private void publishInOwnTransaction(CalendarYear official) {
        // a self-call bypasses the @Transactional proxy: the template gives the outbox its transaction
        transactions.executeWithoutResult(status -> publish(official.year(), List.copyOf(official.holidays()), List.copyOf(official.adjustedWorkdays()),
                "catalog-service", "国务院办公厅节假日安排 " + official.year()));
    }

    @Transactional
    public CalendarVersion publish(int year, List<LocalDate> holidays, List<LocalDate> adjustedWorkdays,
                                   String publishedBy, String reason) {
        // the one calendar check: every consumer's replica applies the same function to the published event
        List<Violation> violations = CalendarRules.check(year, holidays, adjustedWorkdays);
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        int version = latest(year).map(CalendarVersion::version).orElse(0) + 1;
        OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);
        List<LocalDate> h = holidays.stream().sorted().distinct().toList();
        List<LocalDate> w = adjustedWorkdays.stream().sorted().distinct().toList();
        jdbc.sql("""
                INSERT INTO calendar_version (year, version, holidays, adjusted_workdays, published_by, reason, published_at)
                VALUES (:year, :version, :holidays::jsonb, :workdays::jsonb, :by, :reason, :at)
                """)
                .param("year", year).param("version", version).param("holidays", json.writeValueAsString(h))
                .param("workdays", json.writeValueAsString(w)).param("by", publishedBy).param("reason", reason)
                .param("at", at).update();
        events.publish(new CalendarPublished(year, version, h, w, at));
        return new CalendarVersion(year, version, h, w, publishedBy, reason, at);
    }

    public Optional<CalendarVersion> latest(int year) {
        return history(year).stream().reduce((a, b) -> b);
    }

    public List<CalendarVersion> history(int year) {
        return jdbc.sql("""
                SELECT year, version, holidays::text AS h, adjusted_workdays::text AS w, published_by, reason, published_at
                FROM calendar_version WHERE year = :year ORDER BY version
                """).param("year", year)
                .query((rs, n) -> new CalendarVersion(rs.getInt("year"), rs.getInt("version"),
                        json.readValue(rs.getString("h"), DATES), json.readValue(rs.getString("w"), DATES),
                        rs.getString("published_by"), rs.getString("reason"),
                        rs.getObject("published_at", OffsetDateTime.class)))
                .list();
    }
}
