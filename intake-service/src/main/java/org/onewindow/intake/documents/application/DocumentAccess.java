package org.onewindow.intake.documents.application;

import java.util.EnumSet;
import java.util.Set;

import org.onewindow.intake.applications.application.CaseScope;
import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.applications.domain.ApplicationStatus;
import org.onewindow.intake.applications.domain.Outcome;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.security.policy.Scope;

/**
 * Who reaches a case's documents with a {@code document.<action>} grant (docs/intake.md, "Documents"): the scopes
 * of applications, narrowed in time. Reviewers and checkers ({@code department-task}) while the case is open in
 * review; supervisors ({@code department}) of a department with a task in it or of the item's supervising
 * department, after approval. Everyone else gets the 404 of an unknown case.
 */
public final class DocumentAccess {

    /** Open: accepted and not decided yet. */
    static final Set<ApplicationStatus> OPEN = EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.IN_REVIEW,
            ApplicationStatus.SUPPLEMENT_REQUESTED);

    private DocumentAccess() {
    }

    public static boolean sees(CaseScope scope, Application application, Set<String> departments) {
        return scope.scopes().stream().anyMatch(granted -> switch (granted) {
            case DEPARTMENT_TASK -> OPEN.contains(application.status()) && only(scope, granted).sees(application, departments);
            case DEPARTMENT -> approved(application) && scope.department() != null
                    && (departments.contains(scope.department())
                    || scope.department().equals(application.item().supervisingDepartment()));
            default -> only(scope, granted).sees(application, departments);
        });
    }

    public static Application require(CaseScope scope, Application application, Set<String> departments) {
        if (!sees(scope, application, departments)) {
            throw new NotFound("application", application.caseNumber().value());
        }
        return application;
    }

    private static boolean approved(Application application) {
        return application.decision() != null && application.decision().outcome() == Outcome.APPROVED;
    }

    private static CaseScope only(CaseScope scope, Scope granted) {
        return new CaseScope(Set.of(granted), scope.userId(), scope.centre(), scope.centresBelow(), scope.department(),
                scope.systemDepartments());
    }
}
