package org.onewindow.platform.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One unpublished row of the {@code outbox} table. */
record OutboxRow(long id, UUID eventId, String topic, String key, String ceType, String ceSubject,
                 OffsetDateTime ceTime, String traceparent, String payload) {
}
