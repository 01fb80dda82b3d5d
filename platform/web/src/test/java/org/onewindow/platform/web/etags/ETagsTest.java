package org.onewindow.platform.web.etags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void etagIsQuotedAndStrong() {
        assertThat(ETags.of(7)).isEqualTo("\"v7\"");
    }

    @Test
    void ifMatchAcceptsTheCurrentTagInAListOrAStar() {
        assertThatCode(() -> ETags.requireMatch("\"v7\"", 7)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("\"v6\", \"v7\"", 7)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("*", 7)).doesNotThrowAnyException();
    }

    @Test
    void missingIfMatchIs428AndAStaleOrWeakOneIs412() {
        assertThatThrownBy(() -> ETags.requireMatch(null, 7)).isInstanceOf(PreconditionRequired.class);
        assertThatThrownBy(() -> ETags.requireMatch(" ", 7)).isInstanceOf(PreconditionRequired.class);
        assertThatThrownBy(() -> ETags.requireMatch("\"v6\"", 7)).isInstanceOf(PreconditionFailed.class)
                .extracting(e -> ((PreconditionFailed) e).currentETag()).isEqualTo("\"v7\"");
        assertThatThrownBy(() -> ETags.requireMatch("W/\"v7\"", 7)).isInstanceOf(PreconditionFailed.class);
    }
}
