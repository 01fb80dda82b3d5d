package org.onewindow.catalog.organisation.domain;

import java.time.Instant;

import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StoredAggregate;

/**
 * A department as the catalog keeps it: its current state and stored version. Every save announces the full state
 * (the compacted stream keeps the last) (departments are not audited: the event and the
 * row's change time are their record).
 */
public final class RegisteredDepartment extends StoredAggregate<OrganisationEvent> {

    private final DepartmentCode code;
    private Department state;

    public RegisteredDepartment(Department state, long version) {
        super(version);
        this.code = DepartmentCode.of(state.code());
        this.state = state;
    }

    /** A department new to the catalog. */
    public static RegisteredDepartment register(Department department, Instant at) {
        RegisteredDepartment registered = new RegisteredDepartment(department, 0);
        registered.save(department, at);
        return registered;
    }

    /** Replaces name and power list (PUT is a full replacement). */
    public void replace(Department next, Instant at) {
        save(next, at);
    }

    private void save(Department next, Instant at) {
        if (next.name() == null || next.name().isBlank()) {
            throw new RuleViolation("name", "department.name-required", "a department needs a name");
        }
        state = next;
        changes().registerEvent(new OrganisationEvent.DepartmentSaved(next, at));
    }

    public DepartmentCode code() {
        return code;
    }

    public Department state() {
        return state;
    }
}
