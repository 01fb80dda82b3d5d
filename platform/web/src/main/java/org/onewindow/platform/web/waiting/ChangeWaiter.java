package org.onewindow.platform.web.waiting;

import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.web.etags.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Waiting reads (RFC 7240 {@code Prefer: wait=N}): a GET that answers as soon as what the client waits for is there,
 * or after N seconds (capped by {@code onewindow.web.waiting.max-wait}) with what is there then. The waiter calls
 * the controller's own read again and again: the same query path, authorization and scope checks as a plain GET,
 * and the body and ETag from one read. Each read opens and ends its own transaction; between reads the request
 * thread parks holding no connection. It reads again when the command path signals a commit on the aggregate
 * ({@link ChangeSignals}) and at least every {@code recheck-interval} (the change may commit on another instance).
 *
 * <pre>{@code
 * CaseWithTrail read = waiter.untilChanged("case", caseNumber, () -> queries.caseWithTrail(...),
 *         r -> ETags.of(r.reviewCase().version()));
 * }</pre>
 *
 * A request without the preference, with one that cannot be honoured, or beyond {@code max-waiting} waiting requests
 * is read once, as before. When the preference is honoured the answer carries {@code Preference-Applied: wait=<s>}.
 */
public final class ChangeWaiter {

    public static final String PREFER = "Prefer";
    public static final String PREFERENCE_APPLIED = "Preference-Applied";

    private final ChangeSignals signals;
    private final WaitingProperties properties;
    private final Semaphore permits;

    public ChangeWaiter(ChangeSignals signals, WaitingProperties properties) {
        this.signals = signals;
        this.properties = properties;
        this.permits = new Semaphore(properties.maxWaiting());
    }

    /**
     * A single resource: with {@code If-None-Match}, waits until its ETag is none of the listed ones (unchanged at
     * the end, Spring MVC answers 304 for a ResponseEntity with that ETag); without it, waits while the read throws
     * {@link NotFound} (the resource does not exist yet, or not for this caller), then answers the last 404.
     *
     * @param resource the command path's resource name of the aggregate ("case", "application")
     * @param subject  the aggregate's subject on its command path (the case number)
     * @param etagOf   the ETag the controller answers for what was read
     */
    public <T> T untilChanged(String resource, String subject, Supplier<T> read, Function<T, String> etagOf) {
        String ifNoneMatch = currentRequest().map(r -> r.getHeader(HttpHeaders.IF_NONE_MATCH)).orElse(null);
        return until(resource, subject, read,
                found -> ifNoneMatch == null || !ETags.listedIn(ifNoneMatch, etagOf.apply(found)));
    }

    /** Waits until the read satisfies {@code ready} (e.g. a list filtered to one case is not empty). */
    public <T> T until(String resource, String subject, Supplier<T> read, Predicate<T> ready) {
        Optional<HttpServletRequest> request = currentRequest();
        Optional<Duration> wait = request.flatMap(r -> WaitPreference.requested(Collections.list(r.getHeaders(PREFER))))
                .map(d -> d.compareTo(properties.maxWait()) > 0 ? properties.maxWait() : d)
                .filter(d -> !d.isZero());
        if (wait.isEmpty() || !permits.tryAcquire()) {
            return read.get();
        }
        try {
            currentResponse().ifPresent(r -> r.setHeader(PREFERENCE_APPLIED, "wait=" + wait.get().toSeconds()));
            return await(wait.get(), resource, subject, read, ready);
        } finally {
            permits.release();
        }
    }

    /** The loop itself, without the request (unit-tested with a fake store). */
    <T> T await(Duration wait, String resource, String subject, Supplier<T> read, Predicate<T> ready) {
        long deadline = System.nanoTime() + wait.toNanos();
        try (ChangeSignals.Registration ignored = signals.listen(resource, subject)) { // before the first read: no lost signal
            while (true) {
                T found = null;
                NotFound missing = null;
                try {
                    found = read.get();
                } catch (NotFound e) {
                    missing = e;
                }
                if (missing == null && ready.test(found)) {
                    return found;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || Thread.currentThread().isInterrupted()) {
                    if (missing != null) {
                        throw missing;
                    }
                    return found;
                }
                LockSupport.parkNanos(Math.min(left, properties.recheckInterval().toNanos()));
            }
        }
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return attributes().map(ServletRequestAttributes::getRequest);
    }

    private static Optional<HttpServletResponse> currentResponse() {
        return attributes().map(ServletRequestAttributes::getResponse);
    }

    private static Optional<ServletRequestAttributes> attributes() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? Optional.of(servlet) : Optional.empty();
    }
}
