package org.onewindow.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyAndErrorsTest {

    record Opinion(String reviewer, String checker, String text) {
    }

    private static final Policy<Opinion> TWO_PERSON_REVIEW = Policy.of("checker", "review.two-person",
            "the checker must not be the reviewer (一审一核)", o -> !o.reviewer().equals(o.checker()));
    private static final Policy<Opinion> HAS_TEXT = Policy.of("text", "review.opinion-required",
            "an opinion needs a text", o -> o.text() != null && !o.text().isBlank());

    @Test
    void every_policy_runs_and_all_violations_are_reported_in_order() {
        Opinion bad = new Opinion("u1", "u1", " ");

        assertThat(Policy.violations(bad, List.of(TWO_PERSON_REVIEW, HAS_TEXT)))
                .extracting(Violation::rule)
                .containsExactly("review.two-person", "review.opinion-required");
        assertThatThrownBy(() -> Policy.enforce(bad, List.of(TWO_PERSON_REVIEW, HAS_TEXT)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.violations()).hasSize(2);
                    assertThat(e.getMessage()).contains("checker: ", "[review.two-person]", "text: ");
                });
    }

    @Test
    void a_compliant_subject_passes() {
        Opinion good = new Opinion("u1", "u2", "approve");

        assertThat(Policy.violations(good, List.of(TWO_PERSON_REVIEW, HAS_TEXT))).isEmpty();
        Policy.enforce(good, List.of(TWO_PERSON_REVIEW, HAS_TEXT));
    }

    @Test
    void errors_carry_their_rule_and_subject() {
        assertThat(new StateConflict("task.not-open", "task 7f is COMPLETED").rule()).isEqualTo("task.not-open");
        NotFound notFound = new NotFound("case", "C-1");
        assertThat(notFound.resource()).isEqualTo("case");
        assertThat(notFound.getMessage()).isEqualTo("case C-1 not found");
        assertThat(new NotPermitted("review.two-person", "no").rule()).isEqualTo("review.two-person");
        assertThat(Violation.ofRequest("r", null).message()).isEqualTo("r");
        assertThatThrownBy(() -> new RuleViolation(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_actor_knows_its_roles() {
        Actor actor = new Actor("u1", "Li", Set.of("REVIEWER"), "D-MARKET", "C-CITY");

        assertThat(actor.hasRole("REVIEWER")).isTrue();
        assertThat(actor.hasRole("CHECKER")).isFalse();
        assertThat(new Actor("u2", "Wang", null, null, null).roles()).isEmpty();
        assertThat(actor.sameDepartmentAs(new Actor("u3", "Zhao", Set.of(), "D-MARKET", null))).isTrue();
        assertThatThrownBy(() -> new Actor(" ", "x", Set.of(), null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
