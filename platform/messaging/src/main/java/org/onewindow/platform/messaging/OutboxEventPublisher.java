package org.onewindow.platform.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventTypes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/** Writes the event into the {@code outbox} table of the current transaction and NOTIFYs the relay. */
public class OutboxEventPublisher implements EventPublisher {

    /** Channel the relay LISTENs on; PostgreSQL delivers the NOTIFY only when the transaction commits. */
    static final String CHANNEL = "onewindow_outbox";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TopicNames topics;
    private final TraceparentSource traceparent;
    private final Clock clock;

    public OutboxEventPublisher(JdbcClient jdbc, JsonMapper json, TopicNames topics, TraceparentSource traceparent,
                                Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.topics = topics;
        this.traceparent = traceparent;
        this.clock = clock;
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
        jdbc.sql("""
                        insert into outbox (event_id, topic, key, ce_type, ce_subject, ce_time, traceparent, payload)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), topics.topicOf(type), subject, EventTypes.ceType(type), subject,
                        Timestamp.from(OffsetDateTime.now(clock).toInstant()), traceparent.current(),
                        json.writeValueAsString(event))
                .update();
        jdbc.sql("notify " + CHANNEL).update();
    }
}
