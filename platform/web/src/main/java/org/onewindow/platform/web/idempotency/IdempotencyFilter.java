package org.onewindow.platform.web.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.onewindow.platform.web.problems.DatabaseUnavailable;
import org.onewindow.platform.web.problems.ProblemError;
import org.onewindow.platform.web.problems.ProblemKind;
import org.onewindow.platform.web.problems.ProblemResponseWriter;
import org.onewindow.platform.web.problems.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Idempotency keys for creating POSTs (DESIGN §8; the semantics of Stripe and of the IETF
 * {@code Idempotency-Key} draft). For a POST carrying {@value #HEADER}:
 * <ul>
 * <li>first time: the request runs and its response (status, Location, ETag, Content-Type, body) is stored;</li>
 * <li>same key, same request (target and body): the stored response is replayed with
 * {@code Idempotency-Replayed: true} and the controller does not run again;</li>
 * <li>same key, different request: 422 {@code idempotency-key-reused};</li>
 * <li>same key while the original still runs: 409 {@code idempotency-key-in-progress};</li>
 * <li>an original that failed with 5xx (or threw) does not keep the key, so the client can retry it.</li>
 * </ul>
 * With a transaction manager, the original runs in one transaction that also stores its response: the command
 * (which joins it) and the key's completion commit together. A crash in between can no longer leave a committed
 * change behind a key still "in progress" (a retry got 409, and after the in-progress timeout ran the command a
 * second time). The client hears the answer only after that commit; a failed commit answers 503 and frees the key.
 * Keys are scoped per principal (JWT {@code sub}, or {@code anonymous}), so two callers never collide.
 * Runs after the security filter chain, so the principal is known.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = IdempotencyKeyRule.HEADER;
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    public static final String ANONYMOUS = "anonymous";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyKeys keys;
    private final IdempotencyProperties properties;
    private final ProblemResponseWriter problems;
    private final Clock clock;
    private final PlatformTransactionManager transactions;

    /** @param transactions the service's transaction manager; null runs the original without one (answer stored after it) */
    public IdempotencyFilter(IdempotencyKeys keys, IdempotencyProperties properties, ProblemResponseWriter problems,
            Clock clock, PlatformTransactionManager transactions) {
        this.keys = keys;
        this.properties = properties;
        this.problems = problems;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (IdempotencyKeyRule.refuseMalformed(request, response, problems)) {
            return;
        }
        String key = request.getHeader(HEADER);
        byte[] body = request.getInputStream().readAllBytes();
        IdempotentRequest current = new IdempotentRequest(principalOf(request), key, targetOf(request), sha256(body));
        try {
            if (!claim(current)) {
                answerRetry(current, request, response);
                return;
            }
            runOriginal(current, new CachedBodyRequest(request, body), request, response, chain);
        } catch (RuntimeException e) {
            // the key's own database work (claim, lookup, the original's transaction) found the database away:
            // answered here as the error page would, without Tomcat logging an ERROR for an overload we expect
            Throwable away = DatabaseUnavailable.in(e);
            if (away == null || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER);
            problems.write(request, response,
                    DatabaseUnavailable.answer(request.getMethod(), request.getRequestURI(), away));
        }
    }

    /** Claims a free key, or takes over one that expired or whose original was abandoned mid-request. */
    private boolean claim(IdempotentRequest current) {
        Instant now = clock.instant();
        if (keys.claim(current, now)) {
            return true;
        }
        Optional<IdempotencyKeys.Entry> existing = keys.find(current.principal(), current.key());
        boolean stale = existing.map(e -> e.expired(now, properties.ttl())
                || (e.inProgress() && e.expired(now, properties.inProgressTimeout()))).orElse(true);
        if (stale) {
            keys.release(current.principal(), current.key());
            return keys.claim(current, now);
        }
        return false;
    }

    private void answerRetry(IdempotentRequest current, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<IdempotencyKeys.Entry> found = keys.find(current.principal(), current.key());
        if (found.isPresent() && !found.get().request().sameRequestAs(current)) {
            problems.write(request, response, Problems.of(ProblemKind.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request; use a new key.",
                    List.of(new ProblemError(HEADER, ProblemKind.IDEMPOTENCY_KEY_REUSED.slug(),
                            "already used for a different request"))));
        } else if (found.isEmpty() || found.get().inProgress()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(request, response, Problems.of(ProblemKind.IDEMPOTENCY_KEY_IN_PROGRESS,
                    "The original request with this Idempotency-Key has not finished; retry shortly.",
                    List.of(new ProblemError(HEADER, ProblemKind.IDEMPOTENCY_KEY_IN_PROGRESS.slug(),
                            "the original request is still in progress"))));
        } else {
            replay(found.get().response(), response);
        }
    }

    private void runOriginal(IdempotentRequest current, HttpServletRequest wrapped, HttpServletRequest request,
            HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
        TransactionStatus transaction = transactions == null ? null
                : transactions.getTransaction(TransactionDefinition.withDefaults());
        try {
            chain.doFilter(wrapped, caching);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            if (transaction != null) {
                transactions.rollback(transaction);
            }
            keys.release(current.principal(), current.key());
            throw e;
        }
        if (transaction == null) {
            remember(current, caching);
        } else {
            finish(current, caching, transaction, request);
        }
        caching.copyBodyToResponse();
    }

    /** Commits the original's transaction with its stored answer, or explains why it stored none. */
    private void finish(IdempotentRequest current, ContentCachingResponseWrapper response, TransactionStatus transaction,
            HttpServletRequest request) throws IOException {
        int status = response.getStatus();
        if (transaction.isRollbackOnly()) {
            transactions.rollback(transaction);
            if (status >= 400 && status < 500) {
                remember(current, response); // a refusal changed nothing: its answer is kept on its own
            } else {
                keys.release(current.principal(), current.key());
                if (status < 400) { // the original answered success, yet its change cannot commit
                    unavailable(request, response);
                }
            }
            return;
        }
        try {
            if (storable(response)) {
                keys.complete(current, stored(response), clock.instant());
            } else {
                keys.release(current.principal(), current.key());
            }
            transactions.commit(transaction);
        } catch (RuntimeException e) {
            log.warn("the original request of an idempotency key could not commit; answered 503", e);
            if (!transaction.isCompleted()) {
                transactions.rollback(transaction);
            }
            releaseQuietly(current);
            unavailable(request, response);
        }
    }

    private void unavailable(HttpServletRequest request, ContentCachingResponseWrapper response) throws IOException {
        response.reset(); // the original's status, Location and ETag described a change that did not happen
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        problems.write(request, response, Problems.of(ProblemKind.SERVICE_UNAVAILABLE,
                "The change could not be committed and was not made; retry with the same Idempotency-Key.", List.of()));
    }

    private void releaseQuietly(IdempotentRequest current) {
        try {
            keys.release(current.principal(), current.key());
        } catch (RuntimeException e) {
            // the database is away: the key stays in progress until it times out, then a retry runs it (nothing committed)
            log.warn("could not free an idempotency key after a failed commit", e);
        }
    }

    private boolean storable(ContentCachingResponseWrapper response) {
        return response.getStatus() < 500 && response.getContentAsByteArray().length <= properties.maxStoredBodyBytes();
    }

    private static StoredResponse stored(ContentCachingResponseWrapper response) {
        return new StoredResponse(response.getStatus(), response.getHeader(HttpHeaders.LOCATION),
                response.getHeader(HttpHeaders.ETAG), response.getContentType(), response.getContentAsByteArray());
    }

    private void remember(IdempotentRequest current, ContentCachingResponseWrapper response) {
        try {
            if (!storable(response)) {
                keys.release(current.principal(), current.key());
                return;
            }
            keys.complete(current, stored(response), clock.instant());
        } catch (RuntimeException e) {
            // the original succeeded: answer it; a retry will find the key in progress until it times out
            log.warn("could not store the response for an idempotency key; the key stays in progress", e);
        }
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.eTag() != null) {
            response.setHeader(HttpHeaders.ETAG, stored.eTag());
        }
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        byte[] body = stored.body() == null ? new byte[0] : stored.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String principalOf(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal == null || principal.getName() == null ? ANONYMOUS : principal.getName();
    }

    /** Longest target stored as it is; the column holds 2,100 characters. */
    static final int MAX_TARGET_LENGTH = 1_000;

    /**
     * Method, path and query; a longer one (a long query string) is cut and completed with the SHA-256 of the
     * whole, so it still identifies the request and always fits its column.
     */
    static String targetOf(HttpServletRequest request) {
        String query = request.getQueryString();
        String target = request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
        if (target.length() <= MAX_TARGET_LENGTH) {
            return target;
        }
        return target.substring(0, MAX_TARGET_LENGTH - 72) + " #sha256:"
                + sha256(target.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Lets the controller read the body the filter already consumed to hash it. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
