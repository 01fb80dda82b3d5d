package org.onewindow.platform.web.etags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void etag_is_quoted_and_strong() {
        assertThat(ETags.of(7)).isEqualTo("\"v7\"");
    }

    @Test
    void if_match_accepts_the_current_tag_in_a_list_or_a_star() {
        assertThatCode(() -> ETags.requireMatch("\"v7\"", 7)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("\"v6\", \"v7\"", 7)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("*", 7)).doesNotThrowAnyException();
    }

    @Test
    void missing_if_match_is_428_and_a_stale_or_weak_one_is_412() {
        assertThatThrownBy(() -> ETags.requireMatch(null, 7)).isInstanceOf(PreconditionRequired.class);
        assertThatThrownBy(() -> ETags.requireMatch(" ", 7)).isInstanceOf(PreconditionRequired.class);
        assertThatThrownBy(() -> ETags.requireMatch("\"v6\"", 7)).isInstanceOf(PreconditionFailed.class)
                .extracting(e -> ((PreconditionFailed) e).currentETag()).isEqualTo("\"v7\"");
        assertThatThrownBy(() -> ETags.requireMatch("W/\"v7\"", 7)).isInstanceOf(PreconditionFailed.class);
    }
}
