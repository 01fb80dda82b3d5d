package org.onewindow.rating.statistics.adapters.persistence;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.onewindow.rating.ratings.domain.Level;
import org.onewindow.rating.statistics.application.Statistics;
import org.onewindow.rating.statistics.domain.Dimension;
import org.onewindow.rating.statistics.domain.SatisfactionStatistics;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts ratings per key and level straight from the rating table, and the rectifications of the bad ones (two grouped
 * queries: no second copy to drift).
 */
@Repository
public class StatisticsRepository implements Statistics {

    private final JdbcClient jdbc;

    public StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SatisfactionStatistics> all(Dimension by) {
        String column = switch (by) {
            case DEPARTMENT -> "implementing_department";
            case ITEM -> "item_code";
            case CENTRE -> "centre_code";
        };
        Map<String, Map<Level, Long>> counts = new TreeMap<>();
        jdbc.sql("SELECT " + column + " AS key, level, count(*) AS n FROM rating GROUP BY 1, 2")
                .query((RowCallbackHandler) rs -> counts.computeIfAbsent(rs.getString("key"), k -> new java.util.EnumMap<>(Level.class))
                        .put(Level.valueOf(rs.getString("level")), rs.getLong("n")));
        Map<String, SatisfactionStatistics.RectificationCounts> rectifications = new TreeMap<>();
        jdbc.sql("SELECT r." + column + " AS key, count(*) FILTER (WHERE x.measures IS NOT NULL) AS rectified,"
                        + " count(*) FILTER (WHERE x.overdue_steps > 0) AS overdue,"
                        + " count(*) FILTER (WHERE x.appeal IS NOT NULL) AS appealed"
                        + " FROM rectification x JOIN rating r ON r.rating_id = x.rating_id GROUP BY 1")
                .query((RowCallbackHandler) rs -> rectifications.put(rs.getString("key"),
                        new SatisfactionStatistics.RectificationCounts(rs.getLong("rectified"), rs.getLong("overdue"),
                                rs.getLong("appealed"))));
        return counts.entrySet().stream().map(e -> SatisfactionStatistics.of(e.getKey(), e.getValue(),
                rectifications.getOrDefault(e.getKey(), SatisfactionStatistics.RectificationCounts.NONE))).toList();
    }
}
