package org.onewindow.monitor.figures.adapters.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.onewindow.monitor.figures.adapters.persistence.JdbcFigures;
import org.onewindow.monitor.figures.adapters.persistence.JdbcFigures.By;
import org.onewindow.monitor.figures.adapters.persistence.JdbcFigures.Granularity;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.web.problems.InvalidRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The business figures of the whole suite (电子监察 dashboard), read only from monitor's own read model; for the
 * MONITOR role. Infrastructure health is elsewhere ({@code /infrastructure}), on purpose.
 */
@RestController
@RequestMapping("/api/monitor/v1")
public record FiguresController(JdbcFigures figures, Clock clock) {

    /** Longest throughput range per granularity, so one request stays cheap. */
    static final int MAX_DAYS_BY_DAY = 366;
    static final int MAX_DAYS_BY_HOUR = 7;

    /**
     * The dashboard's counters in one document; the live feed sends the same JSON as its {@code figures} message
     * whenever it changes.
     */
    @GetMapping("/summary")
    public JdbcFigures.Summary summary() {
        return figures.summary(ChinaTime.today(clock));
    }

    /** Cases in progress per centre, department or item, by stage. */
    public record CasesView(By by, List<JdbcFigures.CasesInProgress> rows) {
    }

    @GetMapping("/cases")
    public CasesView cases(@RequestParam(defaultValue = "DEPARTMENT") By by) {
        return new CasesView(by, figures.casesInProgress(by));
    }

    /** 黄灯/红灯 and overdue cases and steps per department, on {@code asOf}. */
    public record DeadlinesView(LocalDate asOf, List<JdbcFigures.Deadlines> rows) {
    }

    @GetMapping("/deadlines")
    public DeadlinesView deadlines() {
        LocalDate today = ChinaTime.today(clock);
        return new DeadlinesView(today, figures.deadlines(today));
    }

    /** 审管联动 per supervising department. */
    public record SupervisionView(LocalDate asOf, List<JdbcFigures.Supervision> rows) {
    }

    @GetMapping("/supervision")
    public SupervisionView supervision() {
        LocalDate today = ChinaTime.today(clock);
        return new SupervisionView(today, figures.supervision(today));
    }

    /** 好差评 per department, item or centre, with the rectifications per department. */
    public record RatingsView(By by, LocalDate asOf, List<JdbcFigures.Satisfaction> rows,
                              List<JdbcFigures.Rectifications> rectifications) {
    }

    @GetMapping("/ratings")
    public RatingsView ratings(@RequestParam(defaultValue = "DEPARTMENT") By by) {
        LocalDate today = ChinaTime.today(clock);
        return new RatingsView(by, today, figures.satisfaction(by), figures.rectifications(today));
    }

    /** Accepted, decided and delivered per hour or day (Asia/Shanghai), buckets with something in them. */
    public record ThroughputView(Granularity granularity, LocalDate from, LocalDate to,
                                 List<JdbcFigures.Throughput> buckets) {
    }

    @GetMapping("/throughput")
    public ThroughputView throughput(@RequestParam(defaultValue = "DAY") Granularity granularity,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        int maxDays = granularity == Granularity.HOUR ? MAX_DAYS_BY_HOUR : MAX_DAYS_BY_DAY;
        LocalDate last = to != null ? to : ChinaTime.today(clock);
        LocalDate first = from != null ? from : last.minusDays(granularity == Granularity.HOUR ? 1 : 29);
        if (first.isAfter(last)) {
            throw new InvalidRequest("from", "throughput.from-after-to", "from (" + first + ") is after to (" + last + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > maxDays) {
            throw new InvalidRequest("from", "throughput.range-too-long", "at most " + maxDays + " days per request by "
                    + granularity);
        }
        return new ThroughputView(granularity, first, last, figures.throughput(granularity, first, last));
    }
}
