package org.onewindow.platform.messaging;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;

/** The current Micrometer span as a W3C {@code traceparent} ({@code 00-<trace>-<span>-<flags>}). */
class MicrometerTraceparent implements TraceparentSource {

    private final Tracer tracer;

    MicrometerTraceparent(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public String current() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        TraceContext context = span.context();
        String traceId = context.traceId();
        if (traceId.length() == 16) {
            traceId = "0000000000000000" + traceId;
        }
        return "00-" + traceId + "-" + context.spanId() + "-" + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
    }
}
