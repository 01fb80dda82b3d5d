package org.onewindow.platform.web.observability;

import org.onewindow.platform.kernel.PersonalData;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Masks personal data in every string of a structured (JSON) log line: the message, MDC values, key-value pairs
 * and stack traces alike. Set as {@code logging.structured.json.customizer} by
 * {@link ObservabilityEnvironmentPostProcessor}.
 */
public class MaskingJsonMembersCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, PersonalData::maskText));
    }
}
