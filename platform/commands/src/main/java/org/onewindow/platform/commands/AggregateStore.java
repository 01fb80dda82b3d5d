package org.onewindow.platform.commands;

import java.util.Optional;

import org.onewindow.platform.kernel.Aggregate;

/**
 * A service's persistence of one aggregate type, as the command path needs it. Only the command path calls
 * {@link #insert} and {@link #update} (an architecture rule enforces it), so no state changes without its events
 * and audit entries.
 *
 * @param <K> the aggregate's identifier (a typed id of the service's domain)
 */
public interface AggregateStore<K, A extends Aggregate<?>> {

    /** The aggregate with its version, its row locked until the transaction ends; empty when there is none. */
    Optional<A> findForUpdate(K key);

    void insert(A aggregate);

    /**
     * Saves the aggregate if its stored version is still {@link Aggregate#version()}, and advances the aggregate's
     * version (and the version of every part that changed, e.g. a department's task) to what was stored.
     *
     * @return false when the stored version has moved on: someone else saved in between, nothing was written
     */
    boolean update(A aggregate);
}
