package org.onewindow.review.cases.application;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.onewindow.review.cases.domain.DepartmentTask;
import org.onewindow.review.cases.domain.ReviewCase;

/**
 * Which cases a caller may read (docs/security.md, "Scopes"): every case, or those in which one of
 * {@code departments} has a task, or those submitted at one of {@code centres}, or ({@code centre-and-below}) at a
 * centre below one of {@code belowOf} in the catalog's centre tree where the case's item version is delegated to
 * that centre ({@link CentreTree#delegatedBelow}). The union of what the caller's roles are granted. A case outside
 * answers 404 {@code not-found}, as if it did not exist.
 */
public record CaseScope(boolean everything, Set<String> departments, Set<String> centres, Set<String> belowOf) {

    public static final CaseScope NONE = new CaseScope(false, Set.of(), Set.of(), Set.of());
    public static final CaseScope ALL = new CaseScope(true, Set.of(), Set.of(), Set.of());

    public CaseScope {
        departments = Set.copyOf(departments);
        centres = Set.copyOf(centres);
        belowOf = Set.copyOf(belowOf);
    }

    /** Cases with a task of one of these departments; none for a caller without a department. */
    public static CaseScope departments(Set<String> departments) {
        return new CaseScope(false, departments, Set.of(), Set.of());
    }

    public static CaseScope department(String department) {
        return department == null || department.isBlank() ? NONE : departments(Set.of(department));
    }

    /** Cases submitted at this centre; none for a caller without a centre. */
    public static CaseScope centre(String centre) {
        return centre == null || centre.isBlank() ? NONE : new CaseScope(false, Set.of(), Set.of(centre), Set.of());
    }

    /** Cases submitted at this centre or delegated below it; none for a caller without a centre. */
    public static CaseScope centreAndBelow(String centre) {
        return centre == null || centre.isBlank() ? NONE
                : new CaseScope(false, Set.of(), Set.of(centre), Set.of(centre));
    }

    public CaseScope or(CaseScope other) {
        if (everything || other.everything) {
            return ALL;
        }
        Set<String> d = new HashSet<>(departments);
        d.addAll(other.departments);
        Set<String> c = new HashSet<>(centres);
        c.addAll(other.centres);
        Set<String> b = new HashSet<>(belowOf);
        b.addAll(other.belowOf);
        return new CaseScope(false, d, c, b);
    }

    /**
     * Whether the case is in scope by its tasks or its own centre; {@code centre} is where it was submitted (unknown
     * for cases opened before). Below-ness ({@link #belowOf}) is the tree's to decide, asked only when this says no.
     */
    public boolean admits(ReviewCase reviewCase, Optional<String> centre) {
        if (everything) {
            return true;
        }
        for (DepartmentTask task : reviewCase.tasks()) {
            if (departments.contains(task.department())) {
                return true;
            }
        }
        return centre.filter(centres::contains).isPresent();
    }
}
