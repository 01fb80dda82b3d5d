package org.onewindow.platform.web.waiting;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code wait} preference of RFC 7240 ({@code Prefer: wait=10}, possibly among other preferences, in one or
 * several {@code Prefer} headers). A value that is not a non-negative whole number of seconds is ignored, as RFC 7240
 * §2 says of a preference the server cannot honour; 0 means no wait.
 */
final class WaitPreference {

    private static final int MAX_DIGITS = 9;

    private WaitPreference() {
    }

    /** The requested wait, empty when none (or none that can be honoured) was asked for. */
    static Optional<Duration> requested(List<String> preferHeaders) {
        Optional<Duration> found = Optional.empty();
        for (String header : preferHeaders) {
            for (String preference : header.split(",")) {
                String token = preference.split(";", 2)[0].strip();
                int equals = token.indexOf('=');
                if (equals < 0 || !token.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("wait")) {
                    continue;
                }
                if (found.isPresent()) {
                    return Optional.empty(); // asked twice: ambiguous, so not honoured
                }
                String value = unquote(token.substring(equals + 1).strip());
                if (value.isEmpty() || value.length() > MAX_DIGITS || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return Optional.empty();
                }
                found = Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            }
        }
        return found.filter(d -> !d.isZero());
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
