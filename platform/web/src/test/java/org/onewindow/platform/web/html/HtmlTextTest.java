package org.onewindow.platform.web.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void markup_characters_are_escaped_and_the_rest_is_kept() {
        assertThat(HtmlText.escape("<a href=\"x\">Tom & Jerry's</a> 食品"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; 食品");
    }

    @Test
    void null_is_the_empty_text() {
        assertThat(HtmlText.escape(null)).isEmpty();
        assertThat(HtmlText.appendEscaped(new StringBuilder("x"), null)).hasToString("x");
    }
}
