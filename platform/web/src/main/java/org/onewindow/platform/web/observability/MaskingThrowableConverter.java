package org.onewindow.platform.web.observability;

import ch.qos.logback.classic.spi.IThrowableProxy;

import org.onewindow.platform.kernel.PersonalData;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's {@code %wEx} (stack trace on its own lines) with personal data masked in the messages of the
 * exception and its causes, for plain-text logs. Registered as {@code %maskedEx} and made the default
 * {@code logging.exception-conversion-word} by {@link ObservabilityEnvironmentPostProcessor}: Boot registers
 * {@code wEx} in each logger context, where it cannot be replaced the way {@code %m} is.
 */
public class MaskingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    public static final String CONVERSION_WORD = "maskedEx";

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return PersonalData.maskText(super.throwableProxyToString(throwable));
    }
}
