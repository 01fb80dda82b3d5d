package org.onewindow.platform.web.observability;

import java.util.List;

import ch.qos.logback.classic.PatternLayout;

/**
 * Points Logback's message conversion words at {@link MaskingMessageConverter} and adds {@code %maskedEx}
 * ({@link MaskingThrowableConverter}). Logback keeps its default
 * converters in a static map, read whenever a pattern is (re)parsed; Spring Boot resets the logger context on
 * start-up, so an entry in the context's own registry would be lost, this one is not.
 */
final class LogbackMasking {

    private static final List<String> MESSAGE_WORDS = List.of("m", "msg", "message");

    private LogbackMasking() {
    }

    static void install() {
        for (String word : MESSAGE_WORDS) {
            PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.put(word, MaskingMessageConverter::new);
        }
        PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.put(MaskingThrowableConverter.CONVERSION_WORD,
                MaskingThrowableConverter::new);
    }
}
