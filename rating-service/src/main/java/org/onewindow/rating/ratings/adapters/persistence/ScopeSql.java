package org.onewindow.rating.ratings.adapters.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onewindow.platform.security.policy.Scope;
import org.onewindow.rating.ratings.application.RatingScope;

/**
 * A {@link RatingScope} as a SQL condition, so a list holds (and counts) only what the caller reaches. Mirrors
 * {@link RatingScope#reaches}: a row is listed when any of the caller's scopes reaches it; no scope reaches nothing.
 * Named parameters {@code scopeUser}, {@code scopeCentre}, {@code scopeDepartment}, {@code scopeSystemDepartments}.
 */
public final class ScopeSql {

    private ScopeSql() {
    }

    /**
     * @param centre     the SQL expression of the case's centre
     * @param department the SQL expression of the case's implementing department
     * @param own        the SQL condition that {@code :scopeUser} owns the row
     * @param params     receives the parameters the condition names
     */
    public static String where(RatingScope scope, String centre, String department, String own,
                               Map<String, Object> params) {
        List<String> any = new ArrayList<>();
        for (Scope granted : scope.scopes()) {
            switch (granted) {
                case ALL, ALL_MASKED -> any.add("TRUE");
                case OWN, OWN_FILED -> {
                    if (scope.userId() != null) {
                        any.add(own);
                        params.put("scopeUser", scope.userId());
                    }
                }
                case CENTRE, CENTRE_AND_BELOW -> {
                    if (scope.centre() != null) {
                        any.add(centre + " = :scopeCentre");
                        params.put("scopeCentre", scope.centre());
                    }
                }
                case DEPARTMENT_TASK, DEPARTMENT -> {
                    if (scope.department() != null) {
                        any.add(department + " = :scopeDepartment");
                        params.put("scopeDepartment", scope.department());
                    }
                }
                case SYSTEM_CLAIM -> {
                    if (!scope.systemDepartments().isEmpty()) {
                        any.add(department + " IN (:scopeSystemDepartments)");
                        params.put("scopeSystemDepartments", List.copyOf(scope.systemDepartments()));
                    }
                }
            }
        }
        return any.isEmpty() ? "FALSE" : "(" + String.join(" OR ", any) + ")";
    }
}
