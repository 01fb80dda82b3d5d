package org.onewindow.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UsccTest {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String VALID = "91350100M000100Y43";

    /** Computed here from GB 32100's definition: weights 3^i mod 31, check = 31 - sum mod 31. */
    static char check(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    @Test
    void the_commonly_cited_example_is_valid_by_computation() {
        assertThat(check(VALID.substring(0, 17))).isEqualTo('3');
        assertThat(Uscc.checkCharacter(VALID.substring(0, 17))).isEqualTo('3');
        assertThat(Uscc.parse(VALID).value()).isEqualTo(VALID);
    }

    @Test
    void lower_case_is_normalised_and_the_value_is_its_own_string_form() {
        Uscc uscc = Uscc.parse("91350100m000100y43");

        assertThat(uscc).isEqualTo(Uscc.parse(VALID));
        assertThat(uscc.toString()).isEqualTo(VALID);
    }

    @Test
    void each_failure_names_its_rule() {
        assertRule(null, "uscc.required");
        assertRule("91350100M000100Y4", "uscc.length");
        assertRule("91350100I000100Y43", "uscc.charset");  // I is excluded (looks like 1)
        assertRule("91350100M000100Y4O", "uscc.charset");
        assertRule("91350100M000100Y44", "uscc.check-character");
        assertRule("91350100M000200Y43", "uscc.check-character");
        assertThat(Uscc.isValid("91350100M000100Y44")).isFalse();
    }

    @Test
    void a_code_whose_check_value_is_31_gets_0() {
        // Search a small space for a prefix whose weighted sum is divisible by 31, and check it ends in '0'.
        for (int i = 0; i < 31; i++) {
            String first17 = "9135010000000000" + CHARSET.charAt(i);
            if (check(first17) == '0') {
                assertThat(Uscc.checkCharacter(first17)).isEqualTo('0');
                assertThat(Uscc.isValid(first17 + '0')).isTrue();
                return;
            }
        }
        throw new AssertionError("no prefix with check value 0 in the searched range");
    }

    private static void assertRule(String raw, String rule) {
        assertThatThrownBy(() -> Uscc.parse(raw))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.first().field()).isEqualTo("uscc");
                    assertThat(e.first().rule()).isEqualTo(rule);
                });
    }
}
