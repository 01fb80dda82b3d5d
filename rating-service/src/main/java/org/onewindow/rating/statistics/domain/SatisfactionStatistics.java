package org.onewindow.rating.statistics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

import org.onewindow.rating.ratings.domain.Level;

/**
 * The ratings of one department, item or centre.
 *
 * @param key              the department code, item code or centre code
 * @param ratings          how many ratings in all
 * @param perLevel         how many at each of the five levels (every level present, zero included)
 * @param satisfactionRate 满意率: share at SATISFIED or VERY_SATISFIED ("satisfied or better", GLOSSARY), 0..1
 *                         with four decimals; BASICALLY_SATISFIED is neither satisfied nor bad
 * @param badRatings       差评: DISSATISFIED plus VERY_DISSATISFIED
 * @param rectified        bad ratings whose rectification the department carried out (整改措施 given)
 * @param overdue          bad ratings whose rectification let at least one step pass its due date
 * @param appealed         bad ratings the rated department appealed (申诉)
 */
public record SatisfactionStatistics(String key, long ratings, Map<Level, Long> perLevel,
                                     BigDecimal satisfactionRate, long badRatings, long rectified, long overdue,
                                     long appealed) {

    /** How the rectifications of one key's bad ratings went. */
    public record RectificationCounts(long rectified, long overdue, long appealed) {
        public static final RectificationCounts NONE = new RectificationCounts(0, 0, 0);
    }

    public static SatisfactionStatistics of(String key, Map<Level, Long> counts) {
        return of(key, counts, RectificationCounts.NONE);
    }

    public static SatisfactionStatistics of(String key, Map<Level, Long> counts, RectificationCounts rectifications) {
        Map<Level, Long> perLevel = new EnumMap<>(Level.class);
        long total = 0;
        long satisfied = 0;
        long bad = 0;
        for (Level level : Level.values()) {
            long count = counts.getOrDefault(level, 0L);
            perLevel.put(level, count);
            total += count;
            satisfied += level.satisfied() ? count : 0;
            bad += level.bad() ? count : 0;
        }
        BigDecimal rate = total == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(satisfied).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
        return new SatisfactionStatistics(key, total, java.util.Collections.unmodifiableMap(perLevel), rate, bad,
                rectifications.rectified(), rectifications.overdue(), rectifications.appealed());
    }
}
