package org.onewindow.invariants;

import java.time.Instant;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.Stream;

/**
 * One record read from a public topic, with its CloudEvents id and type and the event it carries.
 *
 * @param loggedAt the record's broker timestamp: when the fact was published
 */
public record PublicEvent(Stream stream, String ceId, String ceType, String key, Instant loggedAt, DomainEvent event) {
}
