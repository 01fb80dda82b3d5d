package org.onewindow.monitor.figures.adapters.persistence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The business figures read from the read model. Every figure depends only on event data and the day it is asked
 * for, never on when the events were consumed, so a rebuild from the topics gives the same figures.
 */
@Repository
public class JdbcFigures {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    public JdbcFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How case figures are grouped. */
    public enum By {
        CENTRE("centre_code"), DEPARTMENT("department"), ITEM("item_code");

        private final String column;

        By(String column) {
            this.column = column;
        }
    }

    /** Cases in progress of one key, by stage: accepted (review not opened yet), in review, decided (not delivered). */
    public record CasesInProgress(String key, long accepted, long inReview, long decided, long total) {
    }

    public List<CasesInProgress> casesInProgress(By by) {
        return jdbc.sql("""
                SELECT coalesce(%1$s, '?') AS k,
                       count(*) FILTER (WHERE opened_at IS NULL AND decided_at IS NULL) AS accepted,
                       count(*) FILTER (WHERE opened_at IS NOT NULL AND decided_at IS NULL) AS in_review,
                       count(*) FILTER (WHERE decided_at IS NOT NULL) AS decided,
                       count(*) AS total
                FROM mon_case
                WHERE accepted_at IS NOT NULL AND delivered_at IS NULL
                GROUP BY 1 ORDER BY 1""".formatted(by.column))
                .query((rs, n) -> new CasesInProgress(rs.getString("k"), rs.getLong("accepted"),
                        rs.getLong("in_review"), rs.getLong("decided"), rs.getLong("total")))
                .list();
    }

    /**
     * 黄灯/红灯 per implementing department: undecided cases and open steps with a YELLOW or RED warning, and those
     * past their statutory (case) or step deadline on {@code today}.
     */
    public record Deadlines(String department, long casesYellow, long casesRed, long casesOverdue, long stepsYellow,
                            long stepsRed, long stepsOverdue) {
    }

    public List<Deadlines> deadlines(LocalDate today) {
        return jdbc.sql("""
                WITH c AS (
                    SELECT coalesce(department, '?') AS d,
                           count(*) FILTER (WHERE case_warning = 'YELLOW') AS y,
                           count(*) FILTER (WHERE case_warning = 'RED') AS r,
                           count(*) FILTER (WHERE statutory_deadline < :today) AS o
                    FROM mon_case WHERE decided_at IS NULL AND delivered_at IS NULL AND not_accepted_at IS NULL
                    GROUP BY 1),
                s AS (
                    SELECT coalesce(s.department, '?') AS d,
                           count(*) FILTER (WHERE s.warning = 'YELLOW') AS y,
                           count(*) FILTER (WHERE s.warning = 'RED') AS r,
                           count(*) FILTER (WHERE s.step_deadline < :today) AS o
                    FROM mon_step s JOIN mon_case k ON k.case_number = s.case_number
                    WHERE s.completed_at IS NULL AND k.decided_at IS NULL
                    GROUP BY 1)
                SELECT coalesce(c.d, s.d) AS d, coalesce(c.y, 0) AS cy, coalesce(c.r, 0) AS cr, coalesce(c.o, 0) AS co,
                       coalesce(s.y, 0) AS sy, coalesce(s.r, 0) AS sr, coalesce(s.o, 0) AS so
                FROM c FULL JOIN s ON s.d = c.d
                WHERE coalesce(c.y, 0) + coalesce(c.r, 0) + coalesce(c.o, 0) + coalesce(s.y, 0) + coalesce(s.r, 0)
                      + coalesce(s.o, 0) > 0
                ORDER BY 1""")
                .param("today", Date.valueOf(today))
                .query((rs, n) -> new Deadlines(rs.getString("d"), rs.getLong("cy"), rs.getLong("cr"),
                        rs.getLong("co"), rs.getLong("sy"), rs.getLong("sr"), rs.getLong("so")))
                .list();
    }

    /** 审管联动 per supervising department: records pushed, claimed, escalated, and unclaimed past the deadline. */
    public record Supervision(String department, long pushed, long claimed, long escalated, long overdueClaims) {
    }

    public List<Supervision> supervision(LocalDate today) {
        return jdbc.sql("""
                SELECT coalesce(department, '?') AS d,
                       count(*) FILTER (WHERE pushed_at IS NOT NULL) AS pushed,
                       count(*) FILTER (WHERE claimed_at IS NOT NULL) AS claimed,
                       count(*) FILTER (WHERE escalated_at IS NOT NULL) AS escalated,
                       count(*) FILTER (WHERE claimed_at IS NULL AND claim_deadline < ?) AS overdue
                FROM mon_supervision GROUP BY 1 ORDER BY 1""")
                .param(Date.valueOf(today))
                .query((rs, n) -> new Supervision(rs.getString("d"), rs.getLong("pushed"), rs.getLong("claimed"),
                        rs.getLong("escalated"), rs.getLong("overdue")))
                .list();
    }

    /**
     * 好差评 of one key: ratings, satisfied (SATISFIED or better, as rating-service counts 满意率), bad (the two
     * lowest levels) and the satisfaction rate with four decimals.
     */
    public record Satisfaction(String key, long ratings, long satisfied, long bad, BigDecimal satisfactionRate) {
    }

    public List<Satisfaction> satisfaction(By by) {
        return jdbc.sql("""
                SELECT coalesce(%1$s, '?') AS k, count(*) AS ratings,
                       count(*) FILTER (WHERE level IN ('VERY_SATISFIED', 'SATISFIED')) AS satisfied,
                       count(*) FILTER (WHERE bad) AS bad
                FROM mon_rating GROUP BY 1 ORDER BY 1""".formatted(by.column))
                .query((rs, n) -> {
                    long ratings = rs.getLong("ratings");
                    long satisfied = rs.getLong("satisfied");
                    BigDecimal rate = ratings == 0 ? BigDecimal.ZERO.setScale(4)
                            : BigDecimal.valueOf(satisfied).divide(BigDecimal.valueOf(ratings), 4, RoundingMode.HALF_UP);
                    return new Satisfaction(rs.getString("k"), ratings, satisfied, rs.getLong("bad"), rate);
                })
                .list();
    }

    /**
     * 差评整改 per department. The v1 streams announce a rectification's opening only, so every rectification counts
     * as open and, past its due date, as overdue (docs/monitor.md "Limits").
     */
    public record Rectifications(String department, long open, long overdue) {
    }

    public List<Rectifications> rectifications(LocalDate today) {
        return jdbc.sql("""
                SELECT coalesce(department, '?') AS d, count(*) AS open, count(*) FILTER (WHERE due_on < ?) AS overdue
                FROM mon_rectification GROUP BY 1 ORDER BY 1""")
                .param(Date.valueOf(today))
                .query((rs, n) -> new Rectifications(rs.getString("d"), rs.getLong("open"), rs.getLong("overdue")))
                .list();
    }

    /** Bucket size of the throughput figures. */
    public enum Granularity {
        HOUR, DAY
    }

    /** Cases accepted, decided and delivered in one bucket (Asia/Shanghai hours or days), by event time. */
    public record Throughput(OffsetDateTime start, long accepted, long decided, long delivered) {
    }

    /** Buckets from {@code from} (inclusive) to {@code to} (inclusive day), only those with something in them. */
    public List<Throughput> throughput(Granularity granularity, LocalDate from, LocalDate to) {
        String unit = granularity == Granularity.HOUR ? "hour" : "day";
        Timestamp start = Timestamp.from(from.atStartOfDay(CHINA).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(CHINA).toInstant());
        return jdbc.sql("""
                WITH e AS (
                    SELECT accepted_at AS at, 1 AS a, 0 AS d, 0 AS v FROM mon_case WHERE accepted_at >= :start AND accepted_at < :end
                    UNION ALL
                    SELECT decided_at, 0, 1, 0 FROM mon_case WHERE decided_at >= :start AND decided_at < :end
                    UNION ALL
                    SELECT delivered_at, 0, 0, 1 FROM mon_case WHERE delivered_at >= :start AND delivered_at < :end)
                SELECT date_trunc('%s', at AT TIME ZONE 'Asia/Shanghai') AS bucket,
                       sum(a) AS accepted, sum(d) AS decided, sum(v) AS delivered
                FROM e GROUP BY 1 ORDER BY 1""".formatted(unit))
                .param("start", start)
                .param("end", end)
                .query((rs, n) -> new Throughput(
                        rs.getObject("bucket", LocalDateTime.class).atZone(CHINA).toOffsetDateTime(),
                        rs.getLong("accepted"), rs.getLong("decided"), rs.getLong("delivered")))
                .list();
    }

    /**
     * The dashboard's counters in one document (the {@code /summary} endpoint and the live feed's {@code figures}
     * message): cases in progress by stage, today's throughput, yellow/red/overdue, 好差评 totals and alerts.
     */
    public record Summary(LocalDate asOf, Cases cases, Today today, DeadlineTotals deadlines, Ratings ratings,
                          AlertTotals alerts) {
    }

    public record Cases(long inProgress, long accepted, long inReview, long decided) {
    }

    public record Today(long accepted, long decided, long delivered) {
    }

    public record DeadlineTotals(long casesYellow, long casesRed, long casesOverdue, long stepsYellow, long stepsRed,
                                 long stepsOverdue) {
    }

    public record Ratings(long ratings, long bad, BigDecimal satisfactionRate, long rectificationsOpen,
                          long rectificationsOverdue) {
    }

    public record AlertTotals(long open, long acknowledged, long resolved) {
    }

    public Summary summary(LocalDate today) {
        List<CasesInProgress> cases = casesInProgress(By.CENTRE);
        Cases caseTotals = new Cases(cases.stream().mapToLong(CasesInProgress::total).sum(),
                cases.stream().mapToLong(CasesInProgress::accepted).sum(),
                cases.stream().mapToLong(CasesInProgress::inReview).sum(),
                cases.stream().mapToLong(CasesInProgress::decided).sum());
        List<Throughput> day = throughput(Granularity.DAY, today, today);
        Today todayTotals = new Today(day.stream().mapToLong(Throughput::accepted).sum(),
                day.stream().mapToLong(Throughput::decided).sum(), day.stream().mapToLong(Throughput::delivered).sum());
        List<Deadlines> deadlines = deadlines(today);
        DeadlineTotals deadlineTotals = new DeadlineTotals(deadlines.stream().mapToLong(Deadlines::casesYellow).sum(),
                deadlines.stream().mapToLong(Deadlines::casesRed).sum(),
                deadlines.stream().mapToLong(Deadlines::casesOverdue).sum(),
                deadlines.stream().mapToLong(Deadlines::stepsYellow).sum(),
                deadlines.stream().mapToLong(Deadlines::stepsRed).sum(),
                deadlines.stream().mapToLong(Deadlines::stepsOverdue).sum());
        List<Satisfaction> satisfaction = satisfaction(By.CENTRE);
        long ratings = satisfaction.stream().mapToLong(Satisfaction::ratings).sum();
        long satisfied = satisfaction.stream().mapToLong(Satisfaction::satisfied).sum();
        List<Rectifications> rectifications = rectifications(today);
        Ratings ratingTotals = new Ratings(ratings, satisfaction.stream().mapToLong(Satisfaction::bad).sum(),
                ratings == 0 ? BigDecimal.ZERO.setScale(4)
                        : BigDecimal.valueOf(satisfied).divide(BigDecimal.valueOf(ratings), 4, RoundingMode.HALF_UP),
                rectifications.stream().mapToLong(Rectifications::open).sum(),
                rectifications.stream().mapToLong(Rectifications::overdue).sum());
        AlertTotals alerts = jdbc.sql("""
                SELECT count(*) FILTER (WHERE status = 'OPEN') AS open,
                       count(*) FILTER (WHERE status = 'ACKNOWLEDGED') AS acknowledged,
                       count(*) FILTER (WHERE status = 'RESOLVED') AS resolved
                FROM alert""")
                .query((rs, n) -> new AlertTotals(rs.getLong("open"), rs.getLong("acknowledged"),
                        rs.getLong("resolved")))
                .single();
        return new Summary(today, caseTotals, todayTotals, deadlineTotals, ratingTotals, alerts);
    }
}
