package org.onewindow.platform.web.problems;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database could not take the request now: no pooled connection within the pool's timeout (overload), the server
 * unreachable or restarting, a lock or statement timeout, a deadlock victim. Nothing was committed (the transaction
 * never began or rolled back), so the same request can be sent again: 503 with {@code Retry-After}, not a 500 that
 * reads as our bug. A stale version stays the caller's race (412). Used by {@link ProblemExceptionHandler} for
 * controllers and by the error page for what a filter (the idempotency filter's transaction) threw.
 */
public final class DatabaseUnavailable {

    /** Seconds a client waits before sending the request again. */
    public static final String RETRY_AFTER = "1";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    private DatabaseUnavailable() {
    }

    /** The failure of this kind in {@code failure}'s causes, or null. */
    public static Throwable in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingFailureException) {
                return null;
            }
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException) {
                return t;
            }
        }
        return null;
    }

    /** The deepest cause's own words, for the log (a driver's message names host and port, never personal data). */
    public static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    /**
     * The answer to {@code method uri}, whose database work failed with {@code away} (see {@link #in}), logged as a
     * WARN: an overloaded or restarting database is the operator's concern, not a fault of ours (no ERROR).
     */
    public static ProblemDetail answer(String method, String uri, Throwable away) {
        log.warn("database unavailable on {} {}: {}", method, uri, rootCause(away));
        return problem();
    }

    public static ProblemDetail problem() {
        return Problems.of(ProblemKind.SERVICE_UNAVAILABLE, "The database could not take this request now; nothing "
                + "was changed. Retry shortly (with the same Idempotency-Key for a change).", List.of());
    }
}
