package org.onewindow.rating.statistics.adapters.web;

import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.rating.statistics.application.Statistics;
import org.onewindow.rating.statistics.domain.Dimension;
import org.onewindow.rating.statistics.domain.SatisfactionStatistics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published statistics (好差评结果公开): public, as the results are published anyway and carry no personal data.
 * {@code ?by=department|item|centre}, one entry per key, sorted by key.
 */
@RestController
@RequestMapping("/api/rating/v1/statistics")
public record StatisticsController(Statistics statistics) {

    @GetMapping
    public PageResult<SatisfactionStatistics> statistics(@RequestParam(required = false) String by, PageQuery page) {
        return PageResult.slice(statistics.all(Dimension.parse(by)), page);
    }
}
