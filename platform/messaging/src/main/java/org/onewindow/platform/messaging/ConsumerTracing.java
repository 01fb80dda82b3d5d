package org.onewindow.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Runs the handling of a consumed record inside a span that continues the trace of its {@code traceparent}
 * header (DESIGN §3), so the consumer's log lines, and the events its handler publishes, carry the trace id of the
 * request that caused the event. A record without a usable {@code traceparent} starts a new trace.
 */
@FunctionalInterface
public interface ConsumerTracing {

    void handle(ConsumerRecord<?, ?> record, String group, Runnable work);

    /** No tracer on the classpath: the work just runs. */
    ConsumerTracing NONE = (record, group, work) -> work.run();
}
