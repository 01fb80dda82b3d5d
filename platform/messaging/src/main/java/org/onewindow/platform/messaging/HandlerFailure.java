package org.onewindow.platform.messaging;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.errors.RetriableException;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a handler failure means for its record, decided from the whole cause chain:
 * <ul>
 * <li>{@link #TRANSIENT}: the database or the broker is unreachable, restarting or busy (connection errors,
 * SQLState classes 08 and 53, 57P01-57P03, serialization failure 40001, deadlock 40P01, lock not available 55P03,
 * Kafka's retriable errors). Retried without limit: waiting fixes it, and dead-lettering it would lose a good
 * event. Wins over everything else in the chain.</li>
 * <li>{@link #POISON}: retrying cannot fix it (a malformed event, a kernel rule violation, state conflict, missing
 * or forbidden target thrown by the handler, PostgreSQL data errors of classes 22 and 23 such as a NUL byte in
 * text, JSON that does not bind). Dead-lettered at once.</li>
 * <li>{@link #UNKNOWN}: anything else: a few retries, then the dead-letter topic.</li>
 * </ul>
 */
enum HandlerFailure {
    TRANSIENT, POISON, UNKNOWN;

    private static final Set<String> TRANSIENT_STATES = Set.of("57P01", "57P02", "57P03", "40001", "40P01", "55P03");
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53");
    private static final Set<String> POISON_CLASSES = Set.of("22", "23");
    private static final Set<String> JSON_EXCEPTIONS = Set.of("tools.jackson.core.JacksonException",
            "com.fasterxml.jackson.core.JacksonException", "com.fasterxml.jackson.core.JsonProcessingException");

    static HandlerFailure of(Throwable failure) {
        boolean poison = false;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (isTransient(t)) {
                return TRANSIENT;
            }
            poison |= isPoison(t);
        }
        return poison ? POISON : UNKNOWN;
    }

    /** The failure itself: below the wrappers of the container, the listener and a handler's checked exception. */
    static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ListenerExecutionFailedException || cause instanceof BatchListenerFailedException
                || cause instanceof InboxListener.HandlerFailedException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The first throwable of this type in the cause chain, or null. */
    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean isTransient(Throwable t) {
        if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                || t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                || t instanceof RecoverableDataAccessException || t instanceof SQLTransientException
                || t instanceof SQLRecoverableException || t instanceof RetriableException
                || t instanceof ConnectException || t instanceof SocketException) {
            return true;
        }
        String state = t instanceof SQLException sql ? sql.getSQLState() : null;
        return state != null && state.length() == 5
                && (TRANSIENT_STATES.contains(state) || TRANSIENT_CLASSES.contains(state.substring(0, 2)));
    }

    private static boolean isPoison(Throwable t) {
        if (t instanceof MalformedEventException || t instanceof RuleViolation || t instanceof StateConflict
                || t instanceof NotFound || t instanceof NotPermitted || isJson(t.getClass())) {
            return true;
        }
        String state = t instanceof SQLException sql ? sql.getSQLState() : null;
        return state != null && state.length() == 5 && POISON_CLASSES.contains(state.substring(0, 2));
    }

    private static boolean isJson(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (JSON_EXCEPTIONS.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
