package org.onewindow.platform.security;

import java.util.function.Predicate;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The header values Spring Security's {@link StrictHttpFirewall} lets through by default
 * ({@link StrictHttpFirewall#ALLOWED_HEADER_VALUES}: every code point assigned in Unicode and not a control
 * character, TAB allowed), checked by a loop instead of that regular expression. The firewall checks a header's
 * value each time anything reads it, the bearer token included, several times a request.
 */
final class HeaderValues implements Predicate<String> {

    @Override
    public boolean test(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (c < 0x20 || c > 0x7e) { // printable ASCII, nearly every character seen, needs no look-up
                if (!Character.isDefined(c) || Character.getType(c) == Character.CONTROL && c != '\t') {
                    return false;
                }
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
