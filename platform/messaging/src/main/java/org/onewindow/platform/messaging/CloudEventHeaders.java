package org.onewindow.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * CloudEvents 1.0 Kafka binary mode: the attributes travel as {@code ce_*} headers, the value is the JSON data.
 */
public final class CloudEventHeaders {

    public static final String SPECVERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TRACEPARENT = "traceparent";
    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    /** The CloudEvents attributes of one record. */
    public record Envelope(String id, String type, String source, String subject, OffsetDateTime time,
                           String traceparent) {
    }

    private CloudEventHeaders() {
    }

    /** Replaces the CloudEvents headers with the envelope's; null {@code time}/{@code traceparent} are left out. */
    public static void write(Headers headers, Envelope envelope) {
        put(headers, SPECVERSION, SPEC_VERSION_1_0);
        put(headers, ID, envelope.id());
        put(headers, TYPE, envelope.type());
        put(headers, SOURCE, envelope.source());
        put(headers, SUBJECT, envelope.subject());
        put(headers, TIME, envelope.time() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(envelope.time()));
        put(headers, CONTENT_TYPE, JSON);
        put(headers, TRACEPARENT, envelope.traceparent());
    }

    /**
     * Reads and checks the envelope: {@code ce_specversion} 1.0 and non-blank {@code ce_id}, {@code ce_type},
     * {@code ce_source} are required, {@code ce_time} must be ISO-8601 when present.
     *
     * @throws MalformedEventException naming the offending header
     */
    public static Envelope read(Headers headers) {
        String specversion = text(headers, SPECVERSION);
        if (!SPEC_VERSION_1_0.equals(specversion)) {
            throw new MalformedEventException(SPECVERSION + " must be 1.0 but was " + specversion);
        }
        String time = text(headers, TIME);
        OffsetDateTime parsedTime;
        try {
            parsedTime = time == null ? null : OffsetDateTime.parse(time);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException(TIME + " is not an ISO-8601 date-time: " + time, e);
        }
        return new Envelope(required(headers, ID), required(headers, TYPE), required(headers, SOURCE),
                text(headers, SUBJECT), parsedTime, text(headers, TRACEPARENT));
    }

    /** The last value of a header as UTF-8 text, or null. */
    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String required(Headers headers, String name) {
        String value = text(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException(name + " header is missing");
        }
        return value;
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
