package org.onewindow.supervision.draws.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.RuleViolation;

class RandomDrawTest {

    private static final List<String> HOLDERS = IntStream.rangeClosed(1, 30).mapToObj(i -> "record-" + i).toList();
    private static final List<String> POOL = List.of("ins-a", "ins-b", "ins-c", "ins-d", "ins-e", "ins-f");

    @Test
    void the_same_seed_repeats_the_draw_whatever_order_the_candidates_come_in() {
        List<String> shuffled = new ArrayList<>(HOLDERS);
        Collections.reverse(shuffled);

        RandomDraw.Drawn first = RandomDraw.draw(42L, HOLDERS, POOL, 5, 2);
        RandomDraw.Drawn again = RandomDraw.draw(42L, shuffled, List.copyOf(POOL).reversed(), 5, 2);

        assertThat(again).isEqualTo(first);
        assertThat(first.holders()).hasSize(5).doesNotHaveDuplicates().isSubsetOf(HOLDERS);
        assertThat(first.inspectors()).hasSize(2).doesNotHaveDuplicates().isSubsetOf(POOL);
    }

    @Test
    void the_draw_is_pinned_by_the_jdk_specified_random_so_a_recorded_seed_stays_verifiable() {
        // golden values: if this changes, published draws can no longer be repeated
        RandomDraw.Drawn drawn = RandomDraw.draw(20251114L, HOLDERS, POOL, 3, 2);
        assertThat(drawn.holders()).containsExactly("record-17", "record-12", "record-21");
        assertThat(drawn.inspectors()).containsExactly("ins-b", "ins-e");
        assertThat(IntStream.range(0, 20).mapToObj(seed -> RandomDraw.draw(seed, HOLDERS, POOL, 3, 2).holders())
                .distinct().count()).as("different seeds draw different holders").isGreaterThan(10);
    }

    @Test
    void impossible_counts_are_all_reported_at_once() {
        assertThatThrownBy(() -> RandomDraw.draw(1L, List.of("r1"), List.of("ins-a"), 2, 1))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(v -> v.rule())
                        .containsExactly("draw.not-enough-holders", "draw.inspectors-count"));
        assertThatThrownBy(() -> RandomDraw.draw(1L, HOLDERS, List.of("ins-a", "ins-a"), 1, 2))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.first().rule()).isEqualTo("draw.not-enough-inspectors"));
    }
}
