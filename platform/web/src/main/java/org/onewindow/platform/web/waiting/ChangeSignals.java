package org.onewindow.platform.web.waiting;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * The in-JVM signal "this aggregate changed": the command path fires it after its transaction commits, and every
 * waiting read on that aggregate wakes to read again. A change another instance of the service committed arrives
 * through {@link #changedSubject} when it wrote an event (the outbox's NOTIFY names the subject). Only a hint: a
 * change without an event, or a notice lost while a session reconnects, fires nothing here, which is why
 * {@link ChangeWaiter} also re-reads at a bounded interval.
 */
public final class ChangeSignals {

    private final ConcurrentHashMap<Key, Set<Thread>> listeners = new ConcurrentHashMap<>();

    record Key(String resource, String subject) {
        Key {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(subject, "subject");
        }
    }

    /** Wakes the threads waiting on this aggregate (the command path's resource name and subject). */
    public void changed(String resource, String subject) {
        Set<Thread> waiting = listeners.get(new Key(resource, subject));
        if (waiting != null) {
            waiting.forEach(LockSupport::unpark);
        }
    }

    /**
     * Wakes the threads waiting on any aggregate of this subject: another instance of the service committed a
     * change of it (it names the subject, not the resource), so each of them reads again.
     */
    public void changedSubject(String subject) {
        listeners.forEach((key, waiting) -> {
            if (key.subject().equals(subject)) {
                waiting.forEach(LockSupport::unpark);
            }
        });
    }

    /** How many threads wait on this aggregate now (tests start their change once a reader waits). */
    public int waiting(String resource, String subject) {
        Set<Thread> waiting = listeners.get(new Key(resource, subject));
        return waiting == null ? 0 : waiting.size();
    }

    /** Registers the current thread: a later {@link #changed} unparks it; close the registration when done. */
    Registration listen(String resource, String subject) {
        Key key = new Key(resource, subject);
        Thread thread = Thread.currentThread();
        listeners.compute(key, (k, set) -> {
            Set<Thread> threads = set == null ? ConcurrentHashMap.newKeySet() : set;
            threads.add(thread);
            return threads;
        });
        return () -> listeners.computeIfPresent(key, (k, set) -> {
            set.remove(thread);
            return set.isEmpty() ? null : set;
        });
    }

    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
