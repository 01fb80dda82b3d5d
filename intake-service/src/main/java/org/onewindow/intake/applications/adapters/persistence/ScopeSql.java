package org.onewindow.intake.applications.adapters.persistence;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.intake.applications.application.CaseScope;
import org.onewindow.platform.security.policy.Scope;

/**
 * A {@link CaseScope} as a SQL condition on {@code application a}, so a list holds (and counts) only the caller's
 * cases. Mirrors {@link CaseScope#sees}: a case is listed when any of the caller's scopes reaches it; no scope
 * reaches nothing.
 */
final class ScopeSql {

    /** A case of a centre below the caller's whose item version is delegated to that centre (ItemVersion.offeredAt). */
    private static final String DELEGATED_BELOW = """
            (a.centre_code = ANY(?) AND EXISTS (
                SELECT 1 FROM service_centre sc CROSS JOIN jsonb_array_elements(a.item -> 'delegations') d
                WHERE sc.code = a.centre_code AND d ->> 'level' = sc.level AND d ->> 'mode' <> 'NONE'
                  AND (jsonb_array_length(coalesce(d -> 'centres', '[]'::jsonb)) = 0
                       OR (d -> 'centres') @> to_jsonb(a.centre_code))))""";
    private static final String HAS_TASK = "EXISTS (SELECT 1 FROM case_department cd WHERE cd.case_number = a.case_number"
            + " AND cd.department = ANY(?))";

    private ScopeSql() {
    }

    /** The condition, its parameters appended to {@code params} in order. */
    static String where(CaseScope scope, List<Object> params) {
        List<String> any = new ArrayList<>();
        for (Scope granted : scope.scopes()) {
            switch (granted) {
                case ALL, ALL_MASKED -> any.add("TRUE");
                case OWN, OWN_FILED -> {
                    any.add("(a.applicant_user_id = ? OR a.agent_user_id = ?)");
                    params.add(scope.userId());
                    params.add(scope.userId());
                }
                case CENTRE, CENTRE_AND_BELOW -> {
                    if (scope.centre() != null) {
                        any.add("a.centre_code = ?");
                        params.add(scope.centre());
                    }
                    if (granted == Scope.CENTRE_AND_BELOW && !scope.centresBelow().isEmpty()) {
                        any.add(DELEGATED_BELOW);
                        params.add(scope.centresBelow().keySet().toArray(String[]::new));
                    }
                }
                case DEPARTMENT_TASK, DEPARTMENT -> {
                    if (scope.department() != null) {
                        any.add(HAS_TASK);
                        params.add(new String[] {scope.department()});
                    }
                }
                case SYSTEM_CLAIM -> {
                    if (!scope.systemDepartments().isEmpty()) {
                        any.add(HAS_TASK);
                        params.add(scope.systemDepartments().toArray(String[]::new));
                    }
                }
            }
        }
        return any.isEmpty() ? "FALSE" : "(" + String.join(" OR ", any) + ")";
    }
}
