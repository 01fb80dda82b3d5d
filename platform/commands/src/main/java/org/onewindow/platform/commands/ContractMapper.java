package org.onewindow.platform.commands;

import java.util.List;

import org.onewindow.contracts.DomainEvent;

/**
 * Turns one of the aggregate's internal events into the contract events integrators see (none, one or several).
 * Internal events may change freely; contract events change only through the compatibility gate.
 */
@FunctionalInterface
public interface ContractMapper<E> {

    List<DomainEvent> toContracts(E event);
}
