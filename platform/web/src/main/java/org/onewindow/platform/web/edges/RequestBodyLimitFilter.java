package org.onewindow.platform.web.edges;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.onewindow.platform.web.problems.ProblemResponseWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above {@link RequestBodyProperties}' limit with a 413 problem: at once when the
 * Content-Length says so, and while reading when it does not (chunked bodies): the stream then throws
 * {@link RequestBodyTooLarge}, which {@link ClientFaults} turns into the same 413. Multipart requests are left to
 * Spring's multipart limits.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final RequestBodyProperties properties;
    private final ProblemResponseWriter problems;

    public RequestBodyLimitFilter(RequestBodyProperties properties, ProblemResponseWriter problems) {
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.regionMatches(true, 0, "multipart/", 0, 10)) {
            chain.doFilter(request, response);
            return;
        }
        long limit = properties.limitFor(request.getRequestURI());
        if (request.getContentLengthLong() > limit) {
            // the body is not read: close the connection rather than let the client send the rest for nothing
            response.setHeader(HttpHeaders.CONNECTION, "close");
            problems.write(request, response, ClientFaults.bodyTooLarge(limit));
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    /** The request with a body stream that stops at the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long count;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(int n) throws RequestBodyTooLarge {
            count += n;
            if (count > limit) {
                throw new RequestBodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
