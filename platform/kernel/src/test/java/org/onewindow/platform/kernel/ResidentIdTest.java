package org.onewindow.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    /** GB 11643's worked example; its check character X is recomputed below, not trusted. */
    private static final String VALID = "11010519491231002X";

    @Test
    void the_check_character_of_the_known_example_is_recomputed_independently() {
        assertThat(Gb11643.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    void a_valid_number_parses_with_its_birth_date_and_region() {
        ResidentId id = ResidentId.parse(VALID, TODAY);

        assertThat(id.value()).isEqualTo(VALID);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.regionCode()).isEqualTo("110105");
    }

    @Test
    void a_lower_case_x_and_surrounding_spaces_are_normalised() {
        ResidentId id = ResidentId.parse(" 11010519491231002x ", TODAY);

        assertThat(id.value()).isEqualTo(VALID);
        assertThat(id).isEqualTo(ResidentId.parse(VALID, TODAY));
    }

    @Test
    void a_number_with_a_digit_check_character_parses() {
        String first17 = "44030419900307123";
        String valid = first17 + Gb11643.checkCharacter(first17);

        assertThat(ResidentId.parse(valid, TODAY).value()).isEqualTo(valid);
    }

    @Test
    void flipping_one_digit_breaks_the_check_character() {
        String flipped = "11010519491231003X";

        assertRule(flipped, "resident-id.check-character");
        assertThat(ResidentId.isValid(flipped)).isFalse();
    }

    @Test
    void each_failure_names_its_rule() {
        assertRule(null, "resident-id.required");
        assertRule("  ", "resident-id.required");
        assertRule("11010519491231002", "resident-id.length");
        assertRule("11010519491231002XX", "resident-id.length");
        assertRule("1101051949123100AX", "resident-id.format");
        assertRule("11010519491231002Y", "resident-id.format");
        assertRule(withCheck("99010519491231002"), "resident-id.region");
        assertRule(withCheck("11010519490230002"), "resident-id.birth-date"); // 30 February
        assertRule(withCheck("11010520260302002"), "resident-id.birth-date"); // tomorrow
        assertRule(withCheck("11010518991231002"), "resident-id.birth-date"); // before 1900
    }

    @Test
    void the_violation_never_quotes_the_number() {
        assertThatThrownBy(() -> ResidentId.parse("11010519491231003X", TODAY))
                .isInstanceOf(RuleViolation.class)
                .message().doesNotContain("11010519491231003X").doesNotContain("1949");
    }

    @Test
    void masked_keeps_the_first_three_and_last_four_characters() {
        ResidentId id = ResidentId.parse(VALID, TODAY);

        assertThat(id.masked()).isEqualTo("110***********002X").hasSize(18);
        assertThat(id.toString()).isEqualTo(id.masked());
        assertThat("applicant " + id).doesNotContain(VALID);
    }

    private static String withCheck(String first17) {
        return first17 + Gb11643.checkCharacter(first17);
    }

    private static void assertRule(String raw, String rule) {
        assertThatThrownBy(() -> ResidentId.parse(raw, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    assertThat(e.first().field()).isEqualTo("residentId");
                    assertThat(e.first().rule()).isEqualTo(rule);
                });
    }
}
