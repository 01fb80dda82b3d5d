package org.onewindow.platform.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Spring Security's {@link DefaultBearerTokenResolver} with its defaults (the token only from the
 * {@code Authorization} header), minus its regular expression on the common path. A well-formed
 * {@code Bearer <token>} header (RFC 6750 §2.1: {@code b64token}, the expression's alphabet) is answered by a scan
 * of its characters; anything else (no header, another scheme, a malformed token) goes to Spring's resolver, so
 * its answers and error messages stay Spring's. The expression ran over every 700-odd-character token at every
 * request, 4 % of the gateway's CPU (docs/benchmarks.md).
 */
final class BearerHeaderTokenResolver implements BearerTokenResolver {

    private static final String SCHEME = "Bearer ";

    private final BearerTokenResolver spring = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && wellFormed(header) ? header.substring(SCHEME.length()) : spring.resolve(request);
    }

    /** {@code ^Bearer [a-zA-Z0-9-._~+/]+=*$}, the scheme's case ignored, as Spring matches it. */
    static boolean wellFormed(String header) {
        if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        int i = SCHEME.length();
        while (i < header.length() && tokenCharacter(header.charAt(i))) {
            i++;
        }
        if (i == SCHEME.length()) {
            return false;
        }
        while (i < header.length() && header.charAt(i) == '=') {
            i++;
        }
        return i == header.length();
    }

    private static boolean tokenCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
