package org.onewindow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.random.Randomized;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** The loop lets through exactly the header values Spring's firewall lets through by default. */
class HeaderValuesTest {

    private final HeaderValues ours = new HeaderValues();

    @Test
    void printable_text_and_tab_pass_control_characters_and_unassigned_code_points_do_not() {
        assertThat(ours.test("Bearer eyJh.eyJz")).isTrue();
        assertThat(ours.test("a\tb 杭州 é 😀")).isTrue();
        assertThat(ours.test("")).isTrue();
        assertThat(ours.test("a\u0000b")).isFalse();
        assertThat(ours.test("a\nb")).isFalse();
        assertThat(ours.test("\u007f")).isFalse();
        assertThat(ours.test("\u0085")).isFalse();
        assertThat(ours.test("\u0378")).isFalse();
    }

    @Test
    void any_value_gets_the_same_answer_as_from_spring_s_default_rule() {
        Randomized.check(5_000, any -> {
            String value = any.string("aZ09 \t%é电|\u0000\n\r\u001f\u007f\u0085\u009f\u00a0\u0378\ud800\udc00\ud83d\ude00\ufffe",
                    0, 16);
            assertThat(ours.test(value)).as("%s", value.codePoints().boxed().toList())
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(value));
        });
    }
}
