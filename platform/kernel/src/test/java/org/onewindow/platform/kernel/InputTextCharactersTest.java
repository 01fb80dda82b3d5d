package org.onewindow.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputTextCharactersTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "营业执照 变更", "tab\there", "emoji \ud83d\ude00 pair", "\u00a0nbsp",
            "\u00e9t\u00e9"})
    void acceptsPrintableTextTabAndSurrogatePairs(String text) {
        assertThat((InputText.firstRefused(text, false) < 0)).isTrue();
        assertThat((InputText.firstRefused(text, true) < 0)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u0001", "esc\u001b[31m", "del\u007f", "nel\u0085", "c1\u009f",
            "lone high \ud800", "lone low \udc00 x", "reversed \udc00\ud800"})
    void refusesControlCharactersAndLoneSurrogates(String text) {
        assertThat((InputText.firstRefused(text, false) < 0)).isFalse();
        assertThat((InputText.firstRefused(text, true) < 0)).isFalse();
        assertThat(InputText.firstRefused(text, true)).isGreaterThanOrEqualTo(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "crlf\r\n"})
    void line_breaks_only_in_free_text(String text) {
        assertThat((InputText.firstRefused(text, false) < 0)).isFalse();
        assertThat((InputText.firstRefused(text, true) < 0)).isTrue();
    }
}
