package org.onewindow.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputTextTest {

    @ParameterizedTest(name = "U+{0} single-line={1} -> {2}")
    @CsvSource(nullValues = "ok", value = {
            "0000, false, text.control-character", "0001, false, text.control-character",
            "001B, false, text.control-character", "001F, false, text.control-character",
            "007F, false, text.control-character", "0080, false, text.control-character",
            "0085, false, text.control-character", "009F, false, text.control-character",
            "0009, false, ok", "000A, false, ok", "000D, false, ok",
            "0009, true, text.single-line", "000A, true, text.single-line", "000D, true, text.single-line",
            "00A0, true, ok", "4E2D, true, ok", "FFFD, true, ok",
            "D800, false, text.lone-surrogate", "DBFF, false, text.lone-surrogate", "DC00, false, text.lone-surrogate"})
    void each_character_class_gets_its_rule(String hex, boolean singleLine, String rule) {
        String text = "ab" + (char) Integer.parseInt(hex, 16) + "cd";
        assertThat(InputText.check(text, 100, singleLine).map(InputText.Flaw::rule)).isEqualTo(Optional.ofNullable(rule));
    }

    @ParameterizedTest(name = "{0} chars, limit {1}")
    @CsvSource({"5, 5, false", "6, 5, true", "0, 0, false", "200, 200, false", "201, 200, true"})
    void length_is_checked_against_the_limit(int length, int limit, boolean tooLong) {
        assertThat(InputText.check("审".repeat(length), limit, true).map(InputText.Flaw::rule))
                .isEqualTo(tooLong ? Optional.of(InputText.TOO_LONG) : Optional.empty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"a pair is a character", "ends with a high surrogate", "starts with a low surrogate"})
    void surrogates_are_accepted_only_in_pairs(String name) {
        String text = switch (name) {
            case "a pair is a character" -> "x\uD83D\uDE00y";
            case "ends with a high surrogate" -> "xy\uD83D";
            default -> "\uDE00xy";
        };
        assertThat(InputText.check(text, 10, true).isPresent()).isEqualTo(!name.startsWith("a pair"));
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void null_is_not_this_function_s_business(boolean singleLine) {
        assertThat(InputText.check(null, 1, singleLine)).isEmpty();
    }
}
