package org.onewindow.platform.messaging;

import java.time.OffsetDateTime;

/**
 * A consumed event with its CloudEvents metadata and where it was read from.
 *
 * @param id          {@code ce_id}: unique per event, the idempotency key of the inbox
 * @param type        {@code ce_type}, e.g. {@code org.onewindow.review.DecisionMade.v1}
 * @param source      {@code ce_source}, e.g. {@code /onewindow/review-service}
 * @param subject     {@code ce_subject}: the record key (case number or item code)
 * @param time        {@code ce_time}: when the producer registered the event; null if absent
 * @param traceparent W3C trace context of the producing request; null if none
 * @param data        the event record
 */
public record IncomingEvent<T>(String id, String type, String source, String subject, OffsetDateTime time,
                               String traceparent, T data, String topic, int partition, long offset) {
}
