package org.onewindow.contracts;

/**
 * A fact one service announces to the others. Every event type is a record annotated with
 * {@link EventType}; {@link #subject()} is the Kafka record key and the CloudEvents {@code ce_subject}
 * (the case number, or the item code on the catalog stream), so all events of one case stay ordered. An event
 * about a case implements {@link CaseEvent}, which takes its case number as the subject.
 */
public interface DomainEvent {

    /** The case number or item code this event is about. */
    String subject();
}
