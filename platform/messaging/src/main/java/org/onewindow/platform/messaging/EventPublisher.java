package org.onewindow.platform.messaging;

import org.onewindow.contracts.DomainEvent;

/**
 * Publishes domain events through the transactional outbox. Call it inside the transaction that changes the
 * state ({@code @Transactional} service method): the event is stored with the change and reaches Kafka only if
 * the transaction commits.
 */
public interface EventPublisher {

    /**
     * Registers the event for publication on its stream's topic, key = {@link DomainEvent#subject()}.
     *
     * @throws IllegalStateException when no transaction is active (the event could outlive a rolled-back
     *                               change, or be lost after a committed one)
     */
    void publish(DomainEvent event);
}
