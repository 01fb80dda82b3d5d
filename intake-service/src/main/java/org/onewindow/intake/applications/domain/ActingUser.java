package org.onewindow.intake.applications.domain;

import java.util.Set;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.AuditActor;

/**
 * Who acts, in which role, and for whom (代办: an agent acts for the applicant). Recorded on every state change.
 *
 * @param role       the role the action was taken in (e.g. WINDOW_CLERK)
 * @param onBehalfOf the applicant's name when an agent acts for them; null otherwise
 */
public record ActingUser(String userId, String name, String role, String centre, String onBehalfOf) {

    public static final String SYSTEM = "system";
    /** The principal of what intake does on its own account (a consumed event): {@code system:intake}. */
    public static final String SYSTEM_PRINCIPAL = "system:intake";

    /** The role the actor uses at the front desk, in order of precedence. */
    static final Set<String> FRONT_DESK_ROLES = Set.of(Roles.WINDOW_CLERK, Roles.VILLAGE_AGENT, Roles.APPLICANT);

    public static ActingUser of(Actor actor) {
        String role = actor.hasRole(Roles.WINDOW_CLERK) ? Roles.WINDOW_CLERK
                : actor.hasRole(Roles.VILLAGE_AGENT) ? Roles.VILLAGE_AGENT
                : actor.hasRole(Roles.APPLICANT) ? Roles.APPLICANT
                : actor.roles().stream().sorted().findFirst().orElse("NONE");
        return new ActingUser(actor.userId(), actor.name(), role, actor.centre(), null);
    }

    /** The system itself, e.g. when consuming another service's event. */
    public static ActingUser system(String source) {
        return new ActingUser(SYSTEM, source, Roles.SYSTEM, null, null);
    }

    public ActingUser forWhom(String principal) {
        return new ActingUser(userId, name, role, centre, principal);
    }

    /**
     * The audit trail's actor: this user, in this role, for whom; authenticated as themselves, or as intake itself
     * when the system acts (the trail keeps {@code system} as actor id, as it always showed).
     */
    public AuditActor auditActor() {
        return new AuditActor(userId, name, role, onBehalfOf, SYSTEM.equals(userId) ? SYSTEM_PRINCIPAL : userId);
    }

    public boolean is(String someRole) {
        return role.equals(someRole);
    }
}
