package org.onewindow.platform.web.observability;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

import org.onewindow.platform.kernel.PersonalData;

/**
 * Logback's {@code %m} / {@code %msg} / {@code %message} with personal data masked (resident IDs, mobile
 * numbers), for plain-text console and file logs. {@link ObservabilityEnvironmentPostProcessor} registers it in
 * place of Logback's own converter, so every pattern, including a service's custom one, is covered.
 */
public class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PersonalData.maskText(super.convert(event));
    }
}
