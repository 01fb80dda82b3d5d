package org.onewindow.platform.web.headers;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every answer, HTML page or API, of every service and of the gateway:
 * <ul>
 *   <li>{@value #CONTENT_SECURITY_POLICY_HEADER}: {@value #CONTENT_SECURITY_POLICY} (scripts only from the page's own
 *       origin, never inline; styles may be inline, the guide page has a {@code <style>}; no framing at all);</li>
 *   <li>{@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy: no-referrer};</li>
 *   <li>{@code Cache-Control: no-store} on every answer to a request that carries credentials (an
 *       {@code Authorization} header): such answers may hold personal data. Public answers (guides, published
 *       statistics, tracking) keep whatever the controller or Spring Security chose.</li>
 * </ul>
 * Written when the answer is committed and only where the answer has no such header yet, so a proxied service's
 * own headers pass through the gateway unchanged and never twice; the credentialed no-store is the exception, it
 * replaces any cacheable {@code Cache-Control}.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

    public static final String CONTENT_SECURITY_POLICY_HEADER = "Content-Security-Policy";
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    public static final String NO_STORE = "no-store";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean credentialed = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        HeaderWritingResponse wrapped = new HeaderWritingResponse(response, credentialed);
        try {
            chain.doFilter(request, wrapped);
        } finally {
            if (!response.isCommitted()) {
                wrapped.writeOnce();
            }
        }
    }

    /** Writes the headers on {@code response} unless it has them; the one rule, for the filter and for tests. */
    static void write(HttpServletResponse response, boolean credentialed) {
        setIfAbsent(response, CONTENT_SECURITY_POLICY_HEADER, CONTENT_SECURITY_POLICY);
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "Referrer-Policy", "no-referrer");
        if (credentialed) {
            String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
            if (cacheControl == null || !cacheControl.contains(NO_STORE)) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
            }
        }
    }

    private static void setIfAbsent(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }

    private static final class HeaderWritingResponse extends OnCommittedResponseWrapper {

        private final boolean credentialed;
        private boolean written;

        HeaderWritingResponse(HttpServletResponse response, boolean credentialed) {
            super(response);
            this.credentialed = credentialed;
        }

        @Override
        protected void onResponseCommitted() {
            writeOnce();
        }

        void writeOnce() {
            if (!written) {
                written = true;
                write((HttpServletResponse) getResponse(), credentialed);
            }
        }
    }
}
