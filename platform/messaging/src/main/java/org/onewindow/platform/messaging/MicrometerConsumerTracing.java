package org.onewindow.platform.messaging;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * {@link ConsumerTracing} with Micrometer Tracing: a {@code CONSUMER} span whose parent is extracted from the
 * record's W3C {@code traceparent} by the application's {@link Propagator}, in scope while the work runs (which is
 * what puts {@code traceId}/{@code spanId} into the MDC and makes {@link MicrometerTraceparent} see it).
 */
record MicrometerConsumerTracing(Tracer tracer, Propagator propagator) implements ConsumerTracing {

    @Override
    public void handle(ConsumerRecord<?, ?> record, String group, Runnable work) {
        String traceparent = CloudEventHeaders.text(record.headers(), CloudEventHeaders.TRACEPARENT);
        Span.Builder builder = traceparent == null
                ? tracer.spanBuilder()
                : propagator.extract(traceparent,
                        (carrier, key) -> CloudEventHeaders.TRACEPARENT.equals(key) ? carrier : null);
        builder.name("consume " + group).kind(Span.Kind.CONSUMER)
                .tag("messaging.system", "kafka")
                .tag("messaging.destination.name", record.topic())
                .tag("messaging.consumer.group.name", group);
        String type = CloudEventHeaders.text(record.headers(), CloudEventHeaders.TYPE);
        if (type != null) {
            builder.tag("cloudevents.event_type", type);
        }
        Span span = builder.start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            work.run();
        } catch (RuntimeException | Error e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }
}
