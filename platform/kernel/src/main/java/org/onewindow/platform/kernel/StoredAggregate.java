package org.onewindow.platform.kernel;

/**
 * An aggregate whose row carries one version number: the ETag, the {@code If-Match} check and the optimistic
 * lock. Holds that version and the {@link Changes} its commands record; the store advances the version once a save
 * went through. Catalog's and rating's aggregates extend it; an aggregate that keeps a different version (or more
 * than one) implements {@link Aggregate} itself.
 *
 * @param <E> the aggregate's own event type
 */
public abstract class StoredAggregate<E> implements Aggregate<E> {

    private final Changes<E> changes = new Changes<>();
    private long version;

    protected StoredAggregate(long version) {
        this.version = version;
    }

    /** The stored version this instance was read with, or saved as (0 before the first save). */
    @Override
    public final long version() {
        return version;
    }

    /** Set by the store once a save went through: the version now stored. */
    public final void stored(long storedVersion) {
        version = storedVersion;
    }

    @Override
    public final Changes<E> changes() {
        return changes;
    }
}
