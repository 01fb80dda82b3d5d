package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.BrokerNotAvailableException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.PolicyViolationException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownServerException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.core.KafkaProducerException;

/** Which failures park a row (retrying cannot fix the record) and which are retried for ever. */
class PublishFailureTest {

    static Stream<Throwable> permanent() {
        return Stream.of(new RecordTooLargeException("The message is 1100000 bytes"),
                new RecordBatchTooLargeException("batch"), new InvalidTopicException("bad topic"),
                new SerializationException("cannot serialise"), new InvalidRecordException("invalid"),
                new PolicyViolationException("refused by policy"));
    }

    static Stream<Throwable> transientFailures() {
        return Stream.of(new TimeoutException("Topic not present in metadata after 60000 ms"),
                new UnknownTopicOrPartitionException("not yet"), new NotLeaderOrFollowerException("moved"),
                new NetworkException("disconnected"), new NotEnoughReplicasException("isr"),
                new BrokerNotAvailableException("down"), new SaslAuthenticationException("bad password"),
                new TopicAuthorizationException("no acl"), new AuthorizationException("no"),
                new UnsupportedVersionException("old broker"), new OutOfOrderSequenceException("seq"),
                new ProducerFencedException("fenced"), new UnknownServerException("?"),
                new InterruptException("stop"), new KafkaException("Producer closed while send in progress"),
                new IllegalStateException("Cannot perform operation after producer has been closed"),
                new DataAccessResourceFailureException("database down"), new SQLException("connection refused"),
                new java.util.concurrent.TimeoutException());
    }

    @ParameterizedTest
    @MethodSource("permanent")
    void a_failure_about_the_record_is_permanent_however_it_is_wrapped(Throwable failure) {
        assertThat(PublishFailure.of(failure).permanent()).isTrue();
        assertThat(PublishFailure.of(new ExecutionException(wrapped(failure))).permanent()).isTrue();
        assertThat(PublishFailure.of(new CompletionException(failure)).reason())
                .startsWith(failure.getClass().getSimpleName());
    }

    @ParameterizedTest
    @MethodSource("transientFailures")
    void everything_else_is_transient_however_it_is_wrapped(Throwable failure) {
        assertThat(PublishFailure.of(failure).permanent()).isFalse();
        assertThat(PublishFailure.of(new ExecutionException(wrapped(failure))).permanent()).isFalse();
    }

    @Test
    void the_reason_names_the_kafka_error_and_its_message() {
        PublishFailure failure = PublishFailure.of(new ExecutionException(
                wrapped(new RecordTooLargeException("The request included a message larger than the max message size"))));

        assertThat(failure.reason()).isEqualTo(
                "RecordTooLargeException: The request included a message larger than the max message size");
    }

    @Test
    void backoff_grows_per_failed_round_up_to_its_maximum() {
        MessagingProperties.Relay relay = new MessagingProperties.Relay();
        relay.setBackoffInitial(java.time.Duration.ofMillis(100));
        relay.setBackoffMax(java.time.Duration.ofMillis(700));

        assertThat(Stream.of(1, 2, 3, 4, 5, 50).map(relay::backoffAfter).map(java.time.Duration::toMillis))
                .containsExactly(100L, 200L, 400L, 700L, 700L, 700L);
    }

    /** As spring-kafka completes a failed send's future. */
    private static Throwable wrapped(Throwable cause) {
        return new KafkaProducerException(new ProducerRecord<>("topic", "key", "value"), "Failed to send", cause);
    }
}
