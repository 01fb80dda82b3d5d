package org.onewindow.supervision.records.adapters.web;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.security.CurrentAccess;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.security.policy.Scope;
import org.onewindow.supervision.records.application.RecordScope;
import org.springframework.stereotype.Component;

/**
 * Turns the scopes the policy table grants the caller for {@code record.read} ({@link CurrentAccess}) into the
 * records they may read (docs/security.md, "Scopes"): {@code department} the records their department supervises;
 * {@code all-masked} every record, the holder masked; {@code system-claim} the records of the departments in the
 * token's {@code departments} claim; {@code all} every record. A dual-role caller gets the union.
 */
@Component
record RecordReaders(CurrentAccess access, CurrentActor currentActor) {

    /** The claim naming the departments an integrating system may act on (docs/security.md, "Integrating systems"). */

    RecordScope scope() {
        Actor actor = currentActor.current();
        RecordScope scope = RecordScope.NONE;
        for (Scope granted : access.scopes("record", "read")) {
            scope = scope.or(switch (granted) {
                case ALL -> RecordScope.ALL;
                case ALL_MASKED -> RecordScope.ALL_MASKED;
                case DEPARTMENT, DEPARTMENT_TASK -> RecordScope.department(actor.department());
                case SYSTEM_CLAIM -> RecordScope.departments(access.systemClaims().departments());
                // a record belongs to a department, not to a centre or a citizen
                case CENTRE, CENTRE_AND_BELOW, OWN, OWN_FILED -> RecordScope.NONE;
            });
        }
        return scope;
    }
}
