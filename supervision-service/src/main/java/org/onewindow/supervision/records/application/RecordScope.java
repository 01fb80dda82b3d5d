package org.onewindow.supervision.records.application;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which supervision records a caller may read, and whether the holder's personal data shows (docs/security.md,
 * "Scopes"): records of the {@code departments} (the supervising department), every record ({@code all}), or every
 * record with the holder masked ({@code allMasked}, MONITOR). The union of what the caller's roles are granted. A
 * record outside answers 404 {@code not-found}, as if it did not exist; a list holds only records inside.
 */
public record RecordScope(boolean all, Set<String> departments, boolean allMasked) {

    public static final RecordScope NONE = new RecordScope(false, Set.of(), false);
    public static final RecordScope ALL = new RecordScope(true, Set.of(), false);
    public static final RecordScope ALL_MASKED = new RecordScope(false, Set.of(), true);

    public RecordScope {
        departments = Set.copyOf(departments);
    }

    public static RecordScope departments(Set<String> departments) {
        return new RecordScope(false, departments, false);
    }

    /** Records of this department; none for a caller without a department. */
    public static RecordScope department(String department) {
        return department == null || department.isBlank() ? NONE : departments(Set.of(department));
    }

    public RecordScope or(RecordScope other) {
        Set<String> d = new HashSet<>(departments);
        d.addAll(other.departments);
        return new RecordScope(all || other.all, d, allMasked || other.allMasked);
    }

    public boolean admits(String supervisingDepartment) {
        return all || allMasked || departments.contains(supervisingDepartment);
    }

    /** The holder is masked unless a scope other than all-masked admits the record. */
    public boolean masks(String supervisingDepartment) {
        return !(all || departments.contains(supervisingDepartment));
    }

    /** The departments a list is narrowed to; empty when it is not narrowed. */
    public Optional<Set<String>> narrowing() {
        return all || allMasked ? Optional.empty() : Optional.of(departments);
    }
}
