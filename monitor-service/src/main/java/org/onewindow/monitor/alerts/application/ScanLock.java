package org.onewindow.monitor.alerts.application;

/** The scan's mutual exclusion across instances; held until the calling transaction ends. */
public interface ScanLock {

    /** True when this transaction now holds the lock; false when another instance is scanning. */
    boolean tryLockForTransaction();
}
