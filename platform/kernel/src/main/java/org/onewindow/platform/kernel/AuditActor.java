package org.onewindow.platform.kernel;

/**
 * Who a line of the audit trail names. {@code userId}, {@code name} and {@code role} are the person the domain
 * says acted; {@code onBehalfOf} the person acted for (代办, 委托书), null otherwise; {@code principal} the
 * authenticated caller the request came from (a token's subject, or {@code system:<service>} for what an event
 * or a scheduled job caused). The two differ when an agent or a system acts for a person.
 */
public record AuditActor(String userId, String name, String role, String onBehalfOf, String principal) {

    /** The role of lines the system itself wrote (a consumed event, a scan). */
    public static final String SYSTEM_ROLE = "SYSTEM";

    public AuditActor {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("an audit actor needs a userId");
        }
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("an audit actor needs a role");
        }
        principal = principal == null || principal.isBlank() ? userId : principal;
    }

    /** The service itself, e.g. {@code system("review")}: an event it consumed or a job it ran. */
    public static AuditActor system(String service) {
        String id = "system:" + service;
        return new AuditActor(id, "OneWindow " + service, SYSTEM_ROLE, null, id);
    }

    /** A person acting for themselves, authenticated as themselves. */
    public static AuditActor of(Actor actor, String role) {
        return new AuditActor(actor.userId(), actor.name(), role, null, actor.userId());
    }

    public AuditActor onBehalfOf(String person) {
        return new AuditActor(userId, name, role, person, principal);
    }
}
