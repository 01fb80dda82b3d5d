package org.onewindow.intake.documents.application;

/**
 * A transaction-scoped PostgreSQL advisory lock (the platform's pattern, as the inbox pruner's): with several
 * instances one runs a job round, the others skip it.
 */
@FunctionalInterface
public interface JobLock {

    /** True when this transaction now holds the lock {@code key}; false when another instance does. */
    boolean tryLockForTransaction(long key);
}
