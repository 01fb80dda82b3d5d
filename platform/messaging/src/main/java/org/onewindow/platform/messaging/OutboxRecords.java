package org.onewindow.platform.messaging;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The Kafka record of an outbox row, and its size as the outbox limits count it. One place for both, so the
 * publisher (which refuses an event too large to ever be published) and the relay (which parks a stored row above
 * its limit before sending it) measure the same thing.
 */
final class OutboxRecords {

    private OutboxRecords() {
    }

    /** Key = the row's key, value = its JSON payload (UTF-8), CloudEvents headers from the row and the source. */
    static ProducerRecord<String, byte[]> toRecord(OutboxRow row, String source) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), null, row.key(),
                row.payload().getBytes(StandardCharsets.UTF_8));
        CloudEventHeaders.write(record.headers(), new CloudEventHeaders.Envelope(row.eventId().toString(),
                row.ceType(), source, row.ceSubject(), row.ceTime(), row.traceparent()));
        return record;
    }

    /**
     * Bytes of key, value, and every header's name and value. Kafka adds a few dozen bytes of framing per record
     * and batch; {@link org.onewindow.contracts.EventLimits#MAX_EVENT_BYTES} keeps 10 % of the broker's limit
     * for that.
     */
    static int sizeOf(ProducerRecord<String, byte[]> record) {
        long size = record.key() == null ? 0 : record.key().getBytes(StandardCharsets.UTF_8).length;
        size += record.value() == null ? 0 : record.value().length;
        for (Header header : record.headers()) {
            size += header.key().getBytes(StandardCharsets.UTF_8).length;
            size += header.value() == null ? 0 : header.value().length;
        }
        return (int) Math.min(size, Integer.MAX_VALUE);
    }
}
