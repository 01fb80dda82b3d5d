package org.onewindow.platform.commands;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.platform.kernel.Aggregate;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.StateConflict;
import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.platform.web.waiting.ChangeSignals;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way state changes, in every service (DESIGN §3): in one transaction, load the aggregate for update with
 * its version → ask the access policy → check the client's {@code If-Match} against the version the command is
 * about → apply the command (plain domain code) → save with the version check → hand the recorded events to
 * the contract mapper and on to the outbox, and the audit entries to the audit trail. Either all of it commits
 * or nothing does. Consumed events that change state take the same path inside the inbox transaction.
 *
 * <pre>{@code
 * ReviewCase extended = cases.change(caseNumber,
 *         Command.<ReviewCase>of("extend", actor).ifMatch(ifMatch, IfMatch.REQUIRED),
 *         c -> c.extendStatutoryLimit(days, reason, ...));
 * }</pre>
 *
 * @param <K> the aggregate's identifier
 * @param <A> the aggregate
 * @param <E> the aggregate's internal event type
 */
public final class CommandPath<K, A extends Aggregate<E>, E> {

    private final String resource;
    private final AggregateStore<K, A> store;
    private final Function<A, String> subjectOf;
    private final ContractMapper<E> contracts;
    private final AccessPolicy<A> access;
    private final EventPublisher publisher;
    private final AuditTrail auditTrail;
    private final TransactionTemplate transaction;
    private final ChangeSignals signals;

    CommandPath(String resource, AggregateStore<K, A> store, Function<A, String> subjectOf, ContractMapper<E> contracts,
                AccessPolicy<A> access, EventPublisher publisher, AuditTrail auditTrail, TransactionTemplate transaction,
                ChangeSignals signals) {
        this.resource = Objects.requireNonNull(resource, "resource");
        this.store = Objects.requireNonNull(store, "store");
        this.subjectOf = Objects.requireNonNull(subjectOf, "subjectOf");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.access = Objects.requireNonNull(access, "access");
        this.publisher = publisher;
        this.auditTrail = auditTrail;
        this.transaction = transaction;
        this.signals = signals;
    }

    /** Creates an aggregate: access check (with no aggregate yet), build, insert, record. */
    public A create(Command<A> command, Supplier<A> factory) {
        return transaction.execute(status -> {
            access.check(command, null);
            A aggregate = factory.get();
            store.insert(aggregate);
            record(aggregate);
            return aggregate;
        });
    }

    /**
     * Runs a command on an existing aggregate and returns what the command returns (e.g. the id of a pause it
     * started).
     *
     * @throws NotFound when there is no aggregate with this key (404)
     */
    public <R> R run(K key, Command<A> command, Function<A, R> action) {
        return transaction.execute(status -> {
            A aggregate = store.findForUpdate(key).orElseThrow(() -> new NotFound(resource, String.valueOf(key)));
            return apply(aggregate, command, action);
        });
    }

    /** Runs a command and answers the changed aggregate (the response's body and ETag, from the one read). */
    public A change(K key, Command<A> command, Consumer<A> action) {
        return run(key, command, aggregate -> {
            action.accept(aggregate);
            return aggregate;
        });
    }

    /**
     * A consumed event's change, inside the inbox transaction: false when the aggregate is unknown here (the
     * caller decides whether that is normal, e.g. a case not routed to this service, or worth a log line).
     */
    public boolean onEvent(K key, Command<A> command, Consumer<A> action) {
        Boolean applied = transaction.execute(status -> store.findForUpdate(key).map(aggregate -> {
            apply(aggregate, command, a -> {
                action.accept(a);
                return a;
            });
            return true;
        }).orElse(false));
        return Boolean.TRUE.equals(applied);
    }

    private <R> R apply(A aggregate, Command<A> command, Function<A, R> action) {
        access.check(command, aggregate); // first: a 412 naming the current ETag would tell a stranger the case exists
        command.checkPrecondition(aggregate);
        R result = action.apply(aggregate);
        if (!aggregate.changes().isEmpty()) { // a command that changed nothing writes nothing (e.g. a repeated event)
            if (!store.update(aggregate)) {
                throw new StateConflict(resource.replace(' ', '-') + ".concurrent-change", resource + " "
                        + subjectOf.apply(aggregate) + " was changed by someone else while this command ran: read it "
                        + "again and retry");
            }
            record(aggregate);
        }
        return result;
    }

    private void record(A aggregate) {
        for (E event : aggregate.changes().events()) {
            for (DomainEvent contract : contracts.toContracts(event)) {
                publisher.publish(contract);
            }
        }
        String subject = subjectOf.apply(aggregate);
        auditTrail.append(subject, aggregate.changes().auditEntries());
        aggregate.changes().clear();
        signalAfterCommit(subject);
    }

    /**
     * Wakes the reads waiting on this aggregate ({@code Prefer: wait}) once the change is visible to them: after the
     * commit of the outermost transaction (the inbox's, for a consumed event), never on rollback.
     */
    private void signalAfterCommit(String subject) {
        if (signals == null) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            signals.changed(resource, subject);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signals.changed(resource, subject);
            }
        });
    }
}
