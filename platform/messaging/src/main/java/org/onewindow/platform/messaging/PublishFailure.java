package org.onewindow.platform.messaging;

import java.sql.SQLException;
import java.util.List;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.ApplicationRecoverableException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.BrokerNotAvailableException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.InvalidRequiredAcksException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.UnknownServerException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.springframework.dao.DataAccessException;

/**
 * Why one outbox row could not be published, and whether retrying can ever help.
 *
 * <p>PERMANENT is a property of the record itself: it is too large, cannot be serialised, names an invalid
 * topic, or the broker refused it with a non-retriable error. Such a row is parked; retrying it would only hold
 * back its successors for ever. Everything else is TRANSIENT and retried without limit: the broker or its metadata
 * is unavailable, a timeout, a leader moving, an unknown topic while the broker starts ({@link RetriableException}),
 * the database, an interruption, and the non-retriable errors that concern the client, its credentials or the
 * cluster rather than the record (authentication, authorisation, a broker or protocol version not available, the
 * idempotent producer's own sequence/epoch state, an unknown server error): parking every row because of a wrong
 * password or a broker upgrade would be worse than waiting for it to be fixed. Anything unrecognised is transient.
 */
record PublishFailure(Kind kind, String reason) {

    enum Kind { PERMANENT, TRANSIENT }

    /** Non-retriable Kafka errors that are not about the record: retried, never parked. */
    private static final List<Class<? extends Throwable>> NOT_ABOUT_THE_RECORD = List.of(
            AuthenticationException.class, AuthorizationException.class, BrokerNotAvailableException.class,
            UnsupportedVersionException.class, InvalidRequiredAcksException.class, OutOfOrderSequenceException.class,
            ApplicationRecoverableException.class, UnknownServerException.class, InterruptException.class);

    /** Record-level errors, permanent wherever they sit in the cause chain. */
    private static final List<Class<? extends Throwable>> ABOUT_THE_RECORD = List.of(
            RecordTooLargeException.class, RecordBatchTooLargeException.class, InvalidTopicException.class,
            SerializationException.class, InvalidRecordException.class);

    static PublishFailure permanent(String reason) {
        return new PublishFailure(Kind.PERMANENT, reason);
    }

    boolean permanent() {
        return kind == Kind.PERMANENT;
    }

    /** Classifies a failed send or acknowledgement (wrappers such as spring-kafka's are looked through). */
    static PublishFailure of(Throwable failure) {
        Throwable record = find(failure, ABOUT_THE_RECORD);
        if (record != null) {
            return permanent(describe(record));
        }
        if (find(failure, NOT_ABOUT_THE_RECORD) != null || find(failure, List.of(RetriableException.class,
                InterruptedException.class, SQLException.class, DataAccessException.class)) != null) {
            return new PublishFailure(Kind.TRANSIENT, describe(kafkaCause(failure)));
        }
        Throwable api = find(failure, List.of(ApiException.class));
        if (api != null) {
            return permanent(describe(api));
        }
        return new PublishFailure(Kind.TRANSIENT, describe(kafkaCause(failure)));
    }

    private static Throwable find(Throwable failure, List<Class<? extends Throwable>> types) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The Kafka client's own exception when there is one (its message says what happened), else the failure. */
    private static Throwable kafkaCause(Throwable failure) {
        Throwable found = find(failure, List.of(KafkaException.class));
        return found == null ? failure : found;
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
