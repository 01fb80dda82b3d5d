package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.stream.Stream;

import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import tools.jackson.core.exc.StreamReadException;

class HandlerFailureTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                // retrying cannot fix these: dead-letter at once
                Arguments.of(new MalformedEventException("no ce_id"), HandlerFailure.POISON),
                Arguments.of(new RuleViolation("name", "text.nul", "contains NUL"), HandlerFailure.POISON),
                Arguments.of(new StateConflict("case.state", "already decided"), HandlerFailure.POISON),
                Arguments.of(new NotFound("application", "A-1"), HandlerFailure.POISON),
                Arguments.of(new NotPermitted("case.owner", "not yours"), HandlerFailure.POISON),
                Arguments.of(sql("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"), HandlerFailure.POISON),
                Arguments.of(sql("unsupported Unicode escape sequence", "22P05"), HandlerFailure.POISON),
                Arguments.of(new DataIntegrityViolationException("dup", sql("duplicate key", "23505")), HandlerFailure.POISON),
                Arguments.of(new InboxListener.HandlerFailedException(new StreamReadException("bad json")),
                        HandlerFailure.POISON),
                // the database or the broker is away or busy: retry without limit
                Arguments.of(new CannotGetJdbcConnectionException("no connection"), HandlerFailure.TRANSIENT),
                Arguments.of(new CannotCreateTransactionException("no tx", new ConnectException("refused")),
                        HandlerFailure.TRANSIENT),
                Arguments.of(new TransactionSystemException("commit failed", sql("I/O error", "08006")),
                        HandlerFailure.TRANSIENT),
                Arguments.of(new RuntimeException(sql("terminating connection due to administrator command", "57P01")),
                        HandlerFailure.TRANSIENT),
                Arguments.of(new RuntimeException(sql("the database system is starting up", "57P03")),
                        HandlerFailure.TRANSIENT),
                Arguments.of(new RuntimeException(sql("too many connections", "53300")), HandlerFailure.TRANSIENT),
                Arguments.of(new RuntimeException(sql("could not serialize access", "40001")), HandlerFailure.TRANSIENT),
                Arguments.of(new RuntimeException(sql("deadlock detected", "40P01")), HandlerFailure.TRANSIENT),
                Arguments.of(new RuntimeException(sql("could not obtain lock", "55P03")), HandlerFailure.TRANSIENT),
                Arguments.of(new CannotAcquireLockException("lock"), HandlerFailure.TRANSIENT),
                Arguments.of(new PessimisticLockingFailureException("lock"), HandlerFailure.TRANSIENT),
                Arguments.of(new TimeoutException("metadata not available"), HandlerFailure.TRANSIENT),
                Arguments.of(new UnknownTopicOrPartitionException("starting"), HandlerFailure.TRANSIENT),
                // a transient cause wins: an outage never dead-letters
                Arguments.of(new StateConflict("x", "y") {
                    {
                        initCause(new CannotGetJdbcConnectionException("down"));
                    }
                }, HandlerFailure.TRANSIENT),
                // anything else: bounded retries
                Arguments.of(new IllegalStateException("handler refused"), HandlerFailure.UNKNOWN),
                Arguments.of(new RuntimeException(sql("division by zero", "XX000")), HandlerFailure.UNKNOWN));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("failures")
    void classifies_by_the_whole_cause_chain(Exception failure, HandlerFailure expected) {
        assertThat(HandlerFailure.of(failure)).isEqualTo(expected);
        // as the container hands it to the error handler
        assertThat(HandlerFailure.of(new ListenerExecutionFailedException("listener failed", failure))).isEqualTo(expected);
    }

    private static SQLException sql(String message, String state) {
        return new SQLException(message, state);
    }
}
