package org.onewindow.supervision.records.domain;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.UserId;

/**
 * Who may act on a record: a supervisor (监管人员) of its supervising department ("谁主管谁监管") who neither
 * reviewed nor checked the case (审管分离, invariant 6). Domain rules rather than an access policy: they need the
 * record's department and participants and the actor's department, which the command path's actor does not carry.
 */
public final class SupervisorPermissions {

    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String INSPECTOR = "INSPECTOR";

    private SupervisorPermissions() {
    }

    /** @throws NotPermitted with rule {@code supervision.supervisor-role}, {@code .wrong-department} or {@code .separation-of-duties} */
    static void requireMaySupervise(Actor actor, SupervisionRecord record) {
        if (!actor.hasRole(SUPERVISOR)) {
            throw new NotPermitted("supervision.supervisor-role",
                    "only a SUPERVISOR may act on supervision record " + record.id());
        }
        requireOfDepartmentAndIndependent(actor, record);
    }

    /**
     * An inspection (检查) is recorded by an inspector (执法检查人员) or a supervisor, under the same department and
     * independence rules.
     */
    static void requireMayInspect(Actor actor, SupervisionRecord record) {
        if (!actor.hasRole(INSPECTOR) && !actor.hasRole(SUPERVISOR)) {
            throw new NotPermitted("supervision.inspector-role",
                    "only an INSPECTOR or a SUPERVISOR may record an inspection of " + record.id());
        }
        requireOfDepartmentAndIndependent(actor, record);
    }

    /** The role of {@code actor} an inspection is recorded under. */
    public static String inspectingRole(Actor actor) {
        return actor.hasRole(INSPECTOR) ? INSPECTOR : SUPERVISOR;
    }

    private static void requireOfDepartmentAndIndependent(Actor actor, SupervisionRecord record) {
        if (!record.supervisingDepartment().value().equals(actor.department())) {
            throw new NotPermitted("supervision.wrong-department",
                    "supervision record " + record.id() + " belongs to department " + record.supervisingDepartment()
                            + ", not to " + actor.department() + " (谁主管谁监管)");
        }
        if (record.participants().contains(UserId.of(actor.userId()))) {
            throw new NotPermitted("supervision.separation-of-duties",
                    actor.userId() + " reviewed or checked case " + record.caseNumber()
                            + " and may not supervise it (审管分离)");
        }
    }
}
