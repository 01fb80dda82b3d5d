package org.onewindow.platform.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The events and audit entries an aggregate's commands recorded, in order. One idiom for all services
 * (like Spring Data's {@code registerEvent}, without Spring): the aggregate holds one and registers into it;
 * the command path stores the audit entries, hands the events to the contract mapper, and clears it.
 */
public final class Changes<E> {

    private final List<E> events = new ArrayList<>();
    private final List<AuditEntry> auditEntries = new ArrayList<>();
    private boolean stateChanged;

    public void registerEvent(E event) {
        events.add(Objects.requireNonNull(event, "event"));
    }

    public void audit(AuditEntry entry) {
        auditEntries.add(Objects.requireNonNull(entry, "entry"));
    }

    /**
     * A change that needs saving but tells nobody (no event, no audit line), e.g. deadlines recomputed after a new
     * calendar year was published. Events and audit entries imply it.
     */
    public void stateChanged() {
        stateChanged = true;
    }

    public List<E> events() {
        return List.copyOf(events);
    }

    public List<AuditEntry> auditEntries() {
        return List.copyOf(auditEntries);
    }

    /** True when the commands changed nothing, so there is nothing to save. */
    public boolean isEmpty() {
        return !stateChanged && events.isEmpty() && auditEntries.isEmpty();
    }

    /** Forgets what was recorded: called once the changes are stored (or by a test that only wants what comes next). */
    public void clear() {
        events.clear();
        auditEntries.clear();
        stateChanged = false;
    }
}
