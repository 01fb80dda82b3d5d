package org.onewindow.platform.test.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RandomizedTest {

    @AfterEach
    void forgetTheSeed() {
        System.clearProperty(Randomized.SEED_PROPERTY);
    }

    @Test
    void runs_every_case_and_keeps_draws_within_their_inclusive_bounds() {
        List<Integer> seen = new ArrayList<>();

        Randomized.check(500, any -> {
            int n = any.intBetween(1, 3);
            LocalDate day = any.dateBetween(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 1));
            assertThat(n).isBetween(1, 3);
            assertThat(day).isBetween(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 1));
            assertThat(any.string("ab", 2, 4)).matches("[ab]{2,4}");
            seen.add(n);
        });

        assertThat(seen).hasSize(500).contains(1, 2, 3);
    }

    @Test
    void a_failure_names_the_seed_the_case_and_what_was_drawn() {
        System.setProperty(Randomized.SEED_PROPERTY, "42");

        assertThatThrownBy(() -> Randomized.check(1000, any -> assertThat(any.intBetween(0, 9)).isNotEqualTo(7)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("-Donewindow.random.seed=42")
                .hasMessageContaining("drew 7")
                .hasMessageMatching("(?s)Randomized case \\d+ of 1000 failed.*");
    }

    @Test
    void a_fixed_seed_replays_the_same_cases() {
        System.setProperty(Randomized.SEED_PROPERTY, "20261129");
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();

        Randomized.check(50, any -> first.add(any.longBetween(0, Long.MAX_VALUE)));
        Randomized.check(50, any -> second.add(any.longBetween(0, Long.MAX_VALUE)));

        assertThat(second).isEqualTo(first);
    }
}
