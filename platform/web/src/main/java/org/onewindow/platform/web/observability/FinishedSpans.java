package org.onewindow.platform.web.observability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.exporter.FinishedSpan;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.StatusData;

import org.onewindow.platform.kernel.PersonalData;

/**
 * Converts Micrometer Tracing's {@link FinishedSpan} (whatever tracer made it) into an {@link ExportedSpan}. Tag
 * values are masked like log lines ({@link PersonalData#maskText}): a URL or an event's subject may hold a resident
 * ID or a phone number. An error becomes status ERROR with the exception's class only, never its message.
 */
final class FinishedSpans {

    private FinishedSpans() {
    }

    static ExportedSpan toExported(FinishedSpan span, Resource resource) {
        String traceId = padTraceId(span.getTraceId());
        SpanContext context = SpanContext.create(traceId, span.getSpanId(), TraceFlags.getSampled(), TraceState.getDefault());
        String parentId = span.getParentId();
        SpanContext parent = parentId == null || parentId.isEmpty()
                ? SpanContext.getInvalid()
                : SpanContext.createFromRemoteParent(traceId, parentId, TraceFlags.getSampled(), TraceState.getDefault());
        AttributesBuilder attributes = Attributes.builder();
        span.getTags().forEach((key, value) -> attributes.put(key, PersonalData.maskText(value)));
        List<EventData> events = new ArrayList<>();
        for (Map.Entry<Long, String> event : span.getEvents()) {
            // Brave and the OpenTelemetry bridge both report event times in epoch microseconds
            events.add(EventData.create(TimeUnit.MICROSECONDS.toNanos(event.getKey()),
                    PersonalData.maskText(event.getValue()), Attributes.empty()));
        }
        StatusData status = span.getError() == null
                ? StatusData.unset()
                : StatusData.create(StatusCode.ERROR, span.getError().getClass().getName());
        return new ExportedSpan(span.getName(), kind(span.getKind()), context, parent, status,
                nanos(span.getStartTimestamp()), nanos(span.getEndTimestamp()), attributes.build(), events, resource);
    }

    /** OTLP trace ids are 16 bytes; a tracer with 64-bit ids reports 16 hex digits. */
    static String padTraceId(String traceId) {
        return traceId.length() >= 32 ? traceId : "0".repeat(32 - traceId.length()) + traceId;
    }

    private static SpanKind kind(Span.Kind kind) {
        if (kind == null) {
            return SpanKind.INTERNAL;
        }
        return switch (kind) {
            case CLIENT -> SpanKind.CLIENT;
            case SERVER -> SpanKind.SERVER;
            case PRODUCER -> SpanKind.PRODUCER;
            case CONSUMER -> SpanKind.CONSUMER;
        };
    }

    private static long nanos(Instant instant) {
        return instant == null ? 0 : TimeUnit.SECONDS.toNanos(instant.getEpochSecond()) + instant.getNano();
    }
}
