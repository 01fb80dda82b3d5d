package org.onewindow.platform.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventLimits;
import org.onewindow.contracts.EventTypes;
import org.onewindow.platform.kernel.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the event into the {@code outbox} table of the current transaction and, in the same statement, NOTIFYs the
 * relay and the service's other instances ({@link ChangeNotices}; PostgreSQL delivers it at commit). An event whose
 * record (payload, key and CloudEvents headers) would exceed {@link EventLimits#MAX_EVENT_BYTES} is refused with a
 * {@link RuleViolation} (a 422 for the request): stored, it could never be published.
 */
public class OutboxEventPublisher implements EventPublisher {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TopicNames topics;
    private final TraceparentSource traceparent;
    private final Clock clock;
    private final String source;

    /** @param source the {@code ce_source} the relay will send (counted in the record's size) */
    public OutboxEventPublisher(JdbcClient jdbc, JsonMapper json, TopicNames topics, TraceparentSource traceparent,
                                Clock clock, String source) {
        this.jdbc = jdbc;
        this.json = json;
        this.topics = topics;
        this.traceparent = traceparent;
        this.clock = clock;
        this.source = source;
    }

    @Override
    public void publish(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("EventPublisher.publish needs an active transaction (transactional outbox): "
                    + event.getClass().getSimpleName() + " was published outside one");
        }
        String subject = event.subject();
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException(event.getClass().getSimpleName() + ".subject() must not be blank");
        }
        Class<?> type = event.getClass();
        OutboxRow row = new OutboxRow(0, UUID.randomUUID(), topics.topicOf(type), subject, EventTypes.ceType(type),
                subject, OffsetDateTime.now(clock), traceparent.current(), json.writeValueAsString(event));
        // measured as the relay will send it; its ce_time comes back from PostgreSQL in UTC and in microseconds,
        // never longer than this one, so an event accepted here is never above the relay's limit
        int size = OutboxRecords.sizeOf(OutboxRecords.toRecord(row, source));
        if (size > EventLimits.MAX_EVENT_BYTES) {
            throw new RuleViolation("event", "event.too-large", type.getSimpleName() + " of " + subject + " would be "
                    + size + " bytes, above the limit of " + EventLimits.MAX_EVENT_BYTES
                    + " bytes an event may have (90 % of the broker's record limit); shorten the input");
        }
        jdbc.sql("""
                        with stored as (
                            insert into outbox (event_id, topic, key, ce_type, ce_subject, ce_time, traceparent, payload)
                            values (?, ?, ?, ?, ?, ?, ?, ?)
                            returning id)
                        select pg_notify(?, ?) from stored""")
                .params(row.eventId(), row.topic(), row.key(), row.ceType(), row.ceSubject(),
                        Timestamp.from(row.ceTime().toInstant()), row.traceparent(), row.payload(),
                        ChangeNotices.CHANNEL, ChangeNotices.payload(subject))
                .query((result, number) -> number).list();
    }
}
