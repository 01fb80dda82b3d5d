package org.onewindow.platform.web.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;

import org.junit.jupiter.api.Test;

/** Plain-text logs: once installed, every pattern's %m, and %maskedEx, mask personal data. */
class MaskingMessageConverterTest {

    private final LoggerContext context = new LoggerContext();

    /** A started plain-text layout of {@code pattern}, after the masking converters are installed. */
    private PatternLayout layout(String pattern) {
        LogbackMasking.install();
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern(pattern);
        layout.start();
        return layout;
    }

    @Test
    void plain_text_patterns_mask_resident_ids_and_mobile_numbers() {
        PatternLayout layout = layout("%level %msg");

        LoggingEvent event = new LoggingEvent("test", context.getLogger("test"), Level.INFO,
                "applicant {} phone {}", null, new Object[] {"11010519491231002X", "13812345678"});

        assertThat(layout.doLayout(event)).isEqualTo("INFO applicant 110***********002X phone 138****5678");
    }

    @Test
    void log_lines_mask_the_spellings_people_write_with_the_same_masker_as_request_bodies() {
        PatternLayout layout = layout("%msg");

        LoggingEvent event = new LoggingEvent("test", context.getLogger("test"), Level.INFO,
                "note {} / {} / {}", null, new Object[] {"139-8765-4321", "１３９ ８７６５ ４３２１", "110105 19491231 002x"});

        assertThat(layout.doLayout(event)).isEqualTo("note 139-****-4321 / １３９ **** ４３２１ / 110*** ******** 002x");
    }

    @Test
    void plain_text_stack_traces_mask_personal_data_in_exception_and_cause_messages() {
        PatternLayout layout = layout("%msg%" + MaskingThrowableConverter.CONVERSION_WORD);

        Exception failure = new IllegalStateException("lookup of 11010519491231002X failed",
                new IllegalArgumentException("no subscriber 13812345678"));
        LoggingEvent event = new LoggingEvent("test", context.getLogger("test"), Level.ERROR, "failed", failure,
                null);

        assertThat(layout.doLayout(event))
                .startsWith("failed")
                .contains("java.lang.IllegalStateException: lookup of 110***********002X failed")
                .contains("Caused by: java.lang.IllegalArgumentException: no subscriber 138****5678")
                .contains("at org.onewindow.platform.web.observability.MaskingMessageConverterTest")
                .doesNotContain("11010519491231002X").doesNotContain("13812345678");
    }
}
