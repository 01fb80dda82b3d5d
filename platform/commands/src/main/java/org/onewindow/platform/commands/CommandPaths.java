package org.onewindow.platform.commands;

import java.util.function.Function;

import org.onewindow.platform.kernel.Aggregate;
import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.platform.web.waiting.ChangeSignals;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds a service's command paths (one per aggregate type) on the platform's outbox, audit trail and transactions,
 * which every path of the service shares.
 *
 * @param signals told of every committed change (waiting reads wake on it); null: nobody waits
 */
public record CommandPaths(EventPublisher publisher, AuditTrail auditTrail, TransactionTemplate transaction,
                           ChangeSignals signals) {

    /** Paths whose changes wake no waiting read. */
    public CommandPaths(EventPublisher publisher, AuditTrail auditTrail, TransactionTemplate transaction) {
        this(publisher, auditTrail, transaction, null);
    }

    /**
     * @param resource  the name a 404 uses ("case", "application", "item")
     * @param subjectOf the aggregate's id as its audit trail and log lines show it
     */
    public <K, A extends Aggregate<E>, E> CommandPath<K, A, E> of(String resource, AggregateStore<K, A> store,
                                                                   Function<A, String> subjectOf,
                                                                   ContractMapper<E> contracts, AccessPolicy<A> access) {
        return new CommandPath<>(resource, store, subjectOf, contracts, access, publisher, auditTrail, transaction,
                signals);
    }
}
