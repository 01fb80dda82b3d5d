package org.onewindow.rating.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.rating.ratings.domain.Level;

class SatisfactionStatisticsTest {

    @Test
    void the_satisfaction_rate_counts_satisfied_or_better_and_bad_counts_the_lowest_two() {
        SatisfactionStatistics statistics = SatisfactionStatistics.of("MARKET", Map.of(
                Level.VERY_SATISFIED, 3L, Level.SATISFIED, 1L, Level.BASICALLY_SATISFIED, 1L, Level.VERY_DISSATISFIED, 1L));

        assertThat(statistics.ratings()).isEqualTo(6);
        assertThat(statistics.satisfactionRate()).isEqualByComparingTo(new BigDecimal("0.6667"));
        assertThat(statistics.badRatings()).isEqualTo(1);
        assertThat(statistics.perLevel()).containsEntry(Level.DISSATISFIED, 0L).hasSize(5);
    }

    @Test
    void the_dimension_is_read_case_insensitively_and_an_unknown_one_names_the_parameter() {
        assertThat(Dimension.parse("Department")).isEqualTo(Dimension.DEPARTMENT);
        assertThatThrownBy(() -> Dimension.parse("staff"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.first().field()).isEqualTo("by");
                    assertThat(e.first().message()).contains("department, item, centre");
                });
        assertThatThrownBy(() -> Dimension.parse(null)).isInstanceOf(RuleViolation.class);
    }
}
